//! The invented people, places and sentences the generator draws from: Welsh and English names,
//! courts and contact centres of England and Wales, and the phrases of a contact record.

pub const FIRST_NAMES: &[&str] = &[
    "Siân",
    "Elis",
    "Gwenllïan",
    "Osian",
    "Ffion",
    "Dylan",
    "Mali",
    "Tomos",
    "Cerys",
    "Gruffydd",
    "Nia",
    "Iolo",
    "Lowri",
    "Rhys",
    "Megan",
    "Owain",
    "Alys",
    "Cai",
    "Eira",
    "Gethin",
    "Olivia",
    "Jack",
    "Amelia",
    "Harry",
    "Isla",
    "Noah",
    "Ava",
    "George",
    "Mia",
    "Leo",
    "Grace",
    "Oscar",
];

pub const FAMILY_NAMES: &[&str] = &[
    "Llŷr",
    "Jones",
    "ap Dafydd",
    "Hughes",
    "Williams",
    "Evans",
    "Davies",
    "Gŵyn",
    "Pritchard",
    "Morgan",
    "Roberts",
    "Thomas",
    "Lewis",
    "Price",
    "Griffiths",
    "Powell",
    "Smith",
    "Taylor",
    "Brown",
    "Wilson",
    "Clarke",
    "Walker",
    "Wright",
    "Thompson",
];

pub const ADULT_FIRST_NAMES: &[&str] = &[
    "Heledd", "Mark", "Angharad", "Dafydd", "Rhian", "Gareth", "Catrin", "Huw", "Sarah", "James",
    "Emma", "Daniel", "Bethan", "Aled", "Rachel", "Paul",
];

pub const COURTS: &[(&str, &str)] = &[
    ("SA", "Family Court at Swansea"),
    ("CF", "Family Court at Cardiff"),
    ("NP", "Family Court at Newport"),
    ("LL", "Family Court at Caernarfon"),
    ("WR", "Family Court at Wrexham"),
    ("BS", "Family Court at Bristol"),
    ("CH", "Family Court at Chester"),
];

pub const CENTRES: &[&str] = &[
    "Tŷ Cyswllt Abertawe",
    "Canolfan Gyswllt Caerdydd",
    "Newport Child Contact Centre",
    "Canolfan Deulu Caernarfon",
    "Wrexham Family Contact Centre",
];

pub const SUPERVISORS: &[&str] = &[
    "Rhys Morgan",
    "Eleri Jenkins",
    "Tom Baker",
    "Nerys Owen",
    "Priya Shah",
    "Aled Pugh",
];

/// Sentences of a contact record; a record picks several, so no two read quite the same.
pub const ARRIVALS: &[&str] = &[
    "The children were brought by their mother and went straight to the play room.",
    "The child arrived a few minutes early and waited quietly with the supervisor.",
    "The visiting parent arrived first and set out a board game before the children came in.",
    "Daeth y plant gyda'u mam; roedd y ddau yn hapus i weld eu tad.",
];

pub const ENGAGEMENT: &[&str] = &[
    "The visiting parent read a story in Welsh and English, and let the child turn the pages.",
    "They built a tower of bricks together and laughed when it fell.",
    "The parent followed the child's lead in play and praised her drawing.",
    "They talked about school, the football match on Saturday and the new puppy.",
    "The parent brought fruit and sandwiches and they ate together at the table.",
];

pub const OBSERVATIONS: &[&str] = &[
    "Relaxed and chatty throughout, moving easily between Welsh and English.",
    "Quiet at first, then warmed up after ten minutes and joined in the game.",
    "Asked twice when the next visit would be and seemed pleased with the answer.",
    "Showed the parent a picture from school and explained every part of it.",
];

pub const ENDINGS: &[&str] = &[
    "Goodbyes were warm; the children returned to their mother without distress.",
    "The child was a little tearful at the end but settled quickly with the resident parent.",
    "The session ended on time and the handover was calm.",
];

pub const INCIDENTS: &[&str] = &[
    "Raised his voice at the supervisor when reminded not to discuss the court case.",
    "Made a threatening remark about the other parent in the car park after the session.",
    "Arrived smelling strongly of alcohol; the session was stopped and the children taken home.",
];

pub const ADDENDA: &[&str] = &[
    "The time of arrival in the record should read 10:05, not 10:00.",
    "In the summary, \"Nain\" refers to the children's grandmother, who was not present.",
    "The venue was the small family room, not the main hall.",
];
