//! The Record of Observed Contact for one session: cover block, the nature of the record, the
//! eleven numbered sections, the worker's reflections, the signature (or DRAFT) and addenda.

use chrono::{DateTime, Utc};

use super::compose::{self, date, time_or_dash, time_range, Composer};
use super::document::{Attachment, Block, Document, Level, Rendered, Table};
use super::record_data::{ChildResponse, IncidentSummary, ObservedSession, RecordHeader};
use super::record_texts::{self as t};
use super::strings::{self, Language};
use super::{render, ReportError};

/// One session's Record of Observed Contact as PDF bytes. A session without a signature is a
/// draft: DRAFT on every page, no signature block, no fingerprint.
pub fn observed_session_pdf(
    header: &RecordHeader,
    session: &ObservedSession,
    lang: Language,
    created: DateTime<Utc>,
    attachments: Vec<Attachment>,
) -> Result<Rendered, ReportError> {
    let c = Composer::new(lang);
    let title = format!(
        "{}: {}, {}",
        c.fixed(t::OBSERVED_TITLE),
        c.bi(&t::session_of(session.number, session.of_planned)),
        date(session.date)
    );
    let author = session
        .signature
        .as_ref()
        .map_or(header.supervisor.as_str(), |s| s.name.as_str());
    let mut meta = c.meta(header, title, author, created);
    meta.attachments = attachments;
    render(&observed_session_document(header, session, lang), &meta)
}

/// The document behind [`observed_session_pdf`], for layout checks and previews.
pub fn observed_session_document(
    header: &RecordHeader,
    session: &ObservedSession,
    lang: Language,
) -> Document {
    let c = Composer::new(lang);
    let mut blocks = vec![c.section(Level::One, None, t::OBSERVED_TITLE)];
    let mut cover = c.cover_rows(header, t::SUPERVISOR);
    cover.extend(c.referral_rows(header, false));
    blocks.push(Block::KeyValues(cover));
    blocks.push(Block::Spacer(6.0));
    blocks.push(Block::KeyValues(session_rows(&c, session)));
    blocks.push(Block::Spacer(6.0));
    blocks.extend(c.remote_assessment(header, Level::Two, Level::Three));
    blocks.extend(c.passage(strings::NATURE_OF_RECORD));
    blocks.extend(session_sections(&c, session, Level::One, &[]));
    blocks.extend(c.signature_section(Level::One, None, session.signature.as_ref(), None));
    if !session.addenda.is_empty() {
        blocks.push(c.section(Level::One, None, t::ADDENDA));
        blocks.extend(c.addenda(Level::Two, session.addenda.iter().map(|a| (None, a))));
    }
    let finalised = session.is_final();
    Document {
        language: lang,
        header: c.running_header(header, t::OBSERVED_TITLE),
        draft: !finalised,
        fingerprint: session.fingerprint.clone().filter(|_| finalised),
        confidentiality: None,
        blocks,
    }
}

/// The session's number, date, scheduled and actual times, and venue.
pub(super) fn session_rows(c: &Composer, s: &ObservedSession) -> Vec<(String, String)> {
    let venue = if s.remote {
        t::REMOTE_PLATFORM
    } else {
        t::VENUE
    };
    let times = |start: Option<_>, end: Option<_>| {
        if start.is_none() && end.is_none() {
            c.value(&t::NOT_RECORDED.into())
        } else {
            time_range(start, end)
        }
    };
    vec![
        c.row(t::SESSION, c.value(&t::session_of(s.number, s.of_planned))),
        c.row(t::DATE, date(s.date)),
        c.row(t::SCHEDULED_TIME, times(s.scheduled_start, s.scheduled_end)),
        c.row(t::ACTUAL_TIME, times(s.actual_start, s.actual_end)),
        c.row(venue, c.or_not_recorded(&s.venue)),
    ]
}

/// Sections 1 to 11 and the worker's reflections, headed at `level`. Incidents found in
/// `told_elsewhere` are referred to by their number there instead of being told twice.
pub(super) fn session_sections(
    c: &Composer,
    s: &ObservedSession,
    level: Level,
    told_elsewhere: &[IncidentSummary],
) -> Vec<Block> {
    let sub = match level {
        Level::One => Level::Two,
        _ => Level::Three,
    };
    let mut b = Vec::new();
    let mut n = 0;
    let mut section = |b: &mut Vec<Block>, title| {
        n += 1;
        b.push(c.section(level, Some(n), title));
    };

    section(&mut b, t::ATTENDANCE);
    b.extend(attendance(c, s, sub));
    for (title, text) in [
        (t::AIM, &s.aim_and_requirements),
        (t::ARRIVAL, &s.arrival_and_greeting),
        (t::ENGAGEMENT, &s.adult_engagement),
    ] {
        section(&mut b, title);
        b.push(c.text_or_nothing(text));
    }
    section(&mut b, t::CHILD_RESPONSES);
    b.extend(children(c, &s.children, sub));
    for (title, text) in [
        (t::PHYSICAL, &s.physical_contact_gifts_food_photos_phones),
        (t::CONVERSATION, &s.conversation_about_case),
    ] {
        section(&mut b, title);
        b.push(c.text_or_nothing(text));
    }
    section(&mut b, t::INTERVENTIONS);
    b.push(interventions(c, s));
    section(&mut b, t::CONCERNS);
    b.extend(concerns(c, s, sub, told_elsewhere));
    for (title, text) in [
        (t::ENDING, &s.ending_and_handover),
        (t::SUMMARY, &s.summary),
    ] {
        section(&mut b, title);
        b.push(c.text_or_nothing(text));
    }
    b.push(c.section(level, None, t::REFLECTIONS));
    b.push(reflections(c, &s.worker_reflections));
    b
}

fn subheading(level: Level, text: String) -> Block {
    Block::Heading {
        level,
        text,
        bookmark: false,
    }
}

fn attendance(c: &Composer, s: &ObservedSession, sub: Level) -> Vec<Block> {
    if s.attendance.is_empty() {
        return vec![c.nothing()];
    }
    let mut table = Table::new([
        // Points of the 468 pt text width: "Cyrraedd" and "Gadael" in bold fit on one line.
        (c.fixed(t::PERSON), 140.0),
        (c.fixed(t::ROLE), 96.0),
        (c.fixed(t::ARRIVED), 72.0),
        (c.fixed(t::LEFT), 60.0),
        (c.fixed(t::BROUGHT_BY), 100.0),
    ]);
    for r in &s.attendance {
        table = table.row([
            r.person.clone(),
            r.role.clone(),
            time_or_dash(r.arrived),
            time_or_dash(r.left),
            r.brought_by.clone(),
        ]);
    }
    let mut blocks = vec![Block::Table(table)];
    // Reasons for lateness and absence are sentences: they read better beside the name than
    // squeezed into a sixth column.
    let notes: Vec<(String, String)> = s
        .attendance
        .iter()
        .filter(|r| !r.notes.trim().is_empty())
        .map(|r| (r.person.clone(), r.notes.clone()))
        .collect();
    if !notes.is_empty() {
        blocks.push(subheading(sub, c.fixed(t::LATENESS)));
        blocks.push(Block::KeyValues(notes));
    }
    blocks
}

fn children(c: &Composer, children: &[ChildResponse], sub: Level) -> Vec<Block> {
    if children.is_empty() {
        return vec![c.nothing()];
    }
    let mut blocks = Vec::new();
    for child in children {
        blocks.push(subheading(
            sub,
            t::child_heading(&child.child_name, child.child_age, c.lang),
        ));
        let quotes: Vec<&String> = child
            .quotes
            .iter()
            .filter(|q| !q.trim().is_empty())
            .collect();
        if child.observations.trim().is_empty() && quotes.is_empty() {
            blocks.push(c.nothing());
            continue;
        }
        if !child.observations.trim().is_empty() {
            blocks.push(Block::paragraph(child.observations.as_str()));
        }
        let who = t::attribution(&child.child_name, child.child_age);
        for q in quotes {
            blocks.push(Block::quote(Some(&who), q.trim()));
        }
    }
    blocks
}

fn interventions(c: &Composer, s: &ObservedSession) -> Block {
    if s.interventions.is_empty() {
        return c.nothing();
    }
    let mut table = Table::new([
        (c.fixed(t::TIME), 0.95),
        (c.fixed(t::WHAT_SUPERVISOR_DID), 2.4),
        (c.fixed(t::WHY), 2.0),
        (c.fixed(t::ADULT_RESPONSE), 2.2),
    ]);
    for i in &s.interventions {
        table = table.row([
            time_or_dash(i.time),
            i.what.clone(),
            i.why.clone(),
            i.response.clone(),
        ]);
    }
    Block::Table(table)
}

fn concerns(
    c: &Composer,
    s: &ObservedSession,
    sub: Level,
    told_elsewhere: &[IncidentSummary],
) -> Vec<Block> {
    let mut blocks = Vec::new();
    if !s.concerns_and_safeguarding.trim().is_empty() || s.incidents.is_empty() {
        blocks.push(c.text_or_nothing(&s.concerns_and_safeguarding));
    }
    if s.incidents.is_empty() {
        return blocks;
    }
    blocks.push(subheading(sub, c.fixed(t::INCIDENTS_LINKED)));
    for incident in &s.incidents {
        match told_elsewhere.iter().position(|i| i == incident) {
            Some(k) => blocks.push(Block::paragraph(c.bi(&t::incident_see_below(
                k + 1,
                &compose::date_time(incident.when),
            )))),
            None => blocks.push(c.incident(incident)),
        }
    }
    blocks
}

/// The reflections in a labelled box: a one-column table whose header names them as the
/// supervisor's own views (repeated if the box crosses a page).
fn reflections(c: &Composer, text: &str) -> Block {
    let body = if text.trim().is_empty() {
        strings::NOTHING_RECORDED.get(c.lang)
    } else {
        text.to_string()
    };
    Block::Table(Table::new([(c.fixed(t::REFLECTIONS_NOTE), 1.0)]).row([body]))
}
