#!/usr/bin/env python3
"""Writes an invented case bundle (version 2, a draft record for every session) of a given size,
for timing imports (see README, "Hostile
input and crash safety"). Every person, number and date is made up.

  scripts/make-big-bundle.py CASES CHILDREN_PER_CASE SESSIONS_PER_CASE > big.json

Sessions are split into referrals of at most 6 (the 6-session limit of supervised contact).

500 12 sessions:   scripts/make-big-bundle.py 500 2 12
4,000 children:    scripts/make-big-bundle.py 80 50 0     (or 1 4000 0 for one huge case)
"""
import datetime
import json
import sys


def draft(i, n):
    """A draft Record of Observed Contact of about 1.5 kB, as an adviser might leave one."""
    return {
        "kind": "observed",
        "status": "draft",
        "content": {
            "actual_start": "10:00",
            "actual_end": "10:30",
            "aim_and_requirements": f"To observe invented child {i}-1 with the visiting adult; session {n + 1}.",
            "arrival_and_greeting": "The child was brought by the mother and greeted the visiting adult warmly. " * 3,
            "adult_engagement": "They played a board game and read a story together; the adult followed the child's lead. " * 3,
            "children": [{"child": "child-1", "observations": "Relaxed and chatty throughout. " * 4, "quotes": ["Can we come again?"]}],
            "physical_contact_gifts_food_photos_phones": "A hug on arrival and on leaving. No photographs.",
            "conversation_about_case": "None.",
            "interventions": [],
            "concerns_and_safeguarding": "None.",
            "ending_and_handover": "The child returned to the mother without distress.",
            "summary": f"Session {n + 1} went ahead as planned. " * 3,
            "worker_reflections": "",
            "communications": [],
        },
        "signature": None,
        "signed_snapshot": None,
        "fingerprint": None,
        "signature_ed25519": None,
        "addenda": [],
    }


def case(i, children, sessions):
    kids = [
        {
            "ref": f"child-{k + 1}",
            "full_name": f"Invented Child {i}-{k + 1}",
            "date_of_birth": "2019-02-14",
            "language": "english",
            "needs": "",
        }
        for k in range(children)
    ]
    adults = [
        {
            "ref": f"adult-{k + 1}",
            "full_name": f"Invented Adult {i}-{k + 1}",
            "role": role,
            "party": party,
            "contact_details": "",
            "language": "english",
        }
        for k, (role, party) in enumerate([("mother", "resident"), ("father", "visiting")])
    ]
    # A referral holds at most 6 sessions (and 6 hours): more sessions make more referrals of 6,
    # each referral's weeks following the last's.
    def session(n, number):
        start = datetime.date(2026, 1, 5)
        return {
            "number": number,
            "date": (start + datetime.timedelta(days=7 * n)).isoformat(),
            "start_time": "10:00",
            "duration_minutes": 30,
            "venue": "Invented Contact Centre",
            "supervisor": "Invented Supervisor",
            "status": "took_place",
            "cancelled_by": None,
            "cancel_reason": "",
            "attendance": [
                {"person": "child-1", "arrived": "10:00", "departed": "10:30",
                 "brought_by": "Mother", "late_reason": ""},
                {"person": "adult-2", "arrived": "09:55", "departed": "10:30",
                 "brought_by": "", "late_reason": ""},
            ] if children else [],
            "record": draft(i, n) if children else None,
        }

    referrals = []
    for first in range(0, sessions, 6):
        sess = [session(n, n - first + 1) for n in range(first, min(first + 6, sessions))]
        referrals.append({
            "service": "supervised_contact",
            "cci_kinds": [],
            "basis": "ordered_at_fhdra",
            "provider_name": "Invented Contact Centre",
            "provider_address": "1 Invented Road",
            "provider_naccc_accredited": True,
            "provider_email": "",
            "risk_assessment": "Invented: no safeguarding concerns recorded.",
            "risk_assessed_on": "2025-11-20",
            "risk_assessed_by": "Invented Adviser",
            "session_plan": "Invented: weekly sessions of 30 minutes, then a review.",
            "planned_sessions": min(4, len(sess)),
            "remote_assessed_on": None,
            "remote_assessed_by": "",
            "permitted": ["child-1", "adult-2"],
            # Sessions are held only on a referral the centre accepted.
            "sent_on": "2025-12-01",
            "received_on": "2025-12-02",
            "accepted_on": "2025-12-03",
            "declined_on": None,
            "started_on": None,
            "ceased_on": None,
            "reviewed_on": "2026-01-01",
            "sessions": sess,
            "supported_record": None,
        })
    return {
        "court_case_number": f"ZZ26P{i:05d}",
        "case_name": f"Re: Invented {i} (children)",
        "court": "Family Court at Nowhere",
        "cafcass_number": "",
        "cafcass_system": "iris",
        "adviser_name": "Invented Adviser",
        "status": "open",
        "notes": "",
        "children": kids,
        "adults": adults,
        "referrals": referrals,
        "incidents": [],
    }


def main():
    cases, children, sessions = (int(a) for a in sys.argv[1:4])
    bundle = {
        "format": "contact-records/case-bundle",
        "version": 2,
        "exported_at": "2026-11-23T10:00:00Z",
        "settings": {"calendar_kind": "england_wales", "closure_days": []},
        "cases": [case(i, children, sessions) for i in range(cases)],
        "signers": [],
    }
    json.dump(bundle, sys.stdout)


main()
