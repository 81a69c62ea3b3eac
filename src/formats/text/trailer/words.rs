//! The words and phrases that mark the lines below a story, by language: credit words, end
//! words, copyright phrases, the openings of contact, photo, promo and boilerplate lines.

/// Words that introduce a credit after a dash (`– fonte: IPA Agency (ITALPRESS).`).
pub(super) const CREDIT_WORDS: &[&str] = &[
    "fonte",
    "fonti",
    "source",
    "sources",
    "quelle",
    "quellen",
    "fuente",
    "fuentes",
    "bron",
    "kilde",
    "källa",
    "lähde",
    "credit",
    "credits",
    "crédit",
    "crédits",
    "crediti",
    "źródło",
    "zdroj",
    "forrás",
    "kaynak",
    "источник",
    "джерело",
    "πηγή",
    "المصدر",
    "来源",
    "來源",
    "出典",
    "출처",
];

/// Openings of Reuters-style credit parentheses, lower case.
pub(super) const REPORTING: &[&str] = &[
    "reporting by",
    "additional reporting",
    "reporting and writing",
    "writing by",
    "editing by",
    "compiled by",
    "with reporting by",
    "redazione",
    "责任编辑",
    "責任編輯",
    "编辑",
    "編輯",
];

/// End-of-story words (`(SEGUE)`, `MORE`, `(Schluss)`, `Enditem`), lower case.
pub(super) const END_WORDS: &[&str] = &[
    "schluss",
    "segue",
    "more",
    "mehr",
    "fine",
    "fin",
    "end",
    "ende",
    "ends",
    "continua",
    "sigue",
    "suite",
    "enditem",
    "eom",
    "xxx",
    "nnnn",
    "mas",
    "más",
    "follows",
    "continues",
    "continúa",
    "fortsetzung folgt",
    "à suivre",
    "a seguire",
    "slutt",
    "slut",
    "loppu",
    "конец",
    "продолжение следует",
    "τέλος",
    "完",
    "끝",
    "انتهى",
    "النهاية",
    "крај",
    "kraj",
];

/// Take markers among the end words: more of the story follows in another take.
pub(super) const TAKE_WORDS: &[&str] = &[
    "segue",
    "more",
    "mehr",
    "continua",
    "sigue",
    "suite",
    "follows",
    "continues",
    "continúa",
    "fortsetzung folgt",
    "à suivre",
    "a seguire",
    "продолжение следует",
];

/// Phrases of copyright lines that do not start with `©` (`<저작권자(c) 연합뉴스, 무단 전재-재배포
/// 금지>`, `Alle auteursrechten voorbehouden`), lower case.
pub(super) const COPYRIGHT_PHRASES: &[&str] = &[
    "all rights reserved",
    "tous droits réservés",
    "alle rechte vorbehalten",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "riproduzione riservata",
    "alle auteursrechten",
    "все права защищены",
    "всі права захищені",
    "جميع الحقوق محفوظة",
    "版权所有",
    "版權所有",
    "著作権",
    "저작권자",
    "무단 전재",
];

/// Openings of contact and press-office lines, lower case.
pub(super) const CONTACT_PREFIXES: &[&str] = &[
    "media contact",
    "press contact",
    "contact:",
    "contacts:",
    "kontakt:",
    "pressekontakt",
    "for more information",
    "(for more information",
    "for further information",
    "(for further information",
    "per informazioni",
    "ufficio stampa",
    "pour plus d'informations",
    "(pour plus d'informations",
    "más información",
    "para más información",
    "meer informatie",
    "weitere informationen",
    "companies in this story",
];

/// Openings of photo credits, lower case.
pub(super) const PHOTO_PREFIXES: &[&str] = &[
    "foto:",
    "fotos:",
    "photo:",
    "photos:",
    "bild:",
    "-foto",
    "– foto",
    "(foto",
    "(photo",
    "foto/quelle",
    "photo credit",
    "фото:",
    "фото ",
    "φωτογραφία:",
    "φωτο:",
    "صورة:",
    "الصورة:",
    "图片：",
    "图：",
    "圖：",
    "照片：",
    "写真：",
    "사진=",
    "사진:",
];

/// Openings of web promos, lower case.
pub(super) const PROMO_PREFIXES: &[&str] = &[
    "leggi anche",
    "non perderti",
    "read more",
    "read also",
    "lesen sie auch",
    "lire aussi",
    "follow us",
    "seguici",
    "iscriviti",
    "subscribe",
    "baca juga",
    "lees ook",
    "läs också",
    "les også",
    "læs også",
    "czytaj też",
    "czytaj także",
    "leia também",
    "lea también",
    "lee también",
    "читайте также",
    "читайте також",
    "קראו עוד",
    "اقرأ أيضا",
];

/// Openings of a press release's boilerplate sections (`About Northwind Energy`, `Forward-Looking
/// Statements`), lower case.
pub(super) const ABOUT_PREFIXES: &[&str] = &[
    "about ",
    "über ",
    "à propos de ",
    "a propos de ",
    "acerca de ",
    "sobre ",
    "informazioni su ",
    "over ",
    // The legal sections that close a release (`Forward-Looking Statements`, `Safe Harbor
    // Statement`, `Cautionary Note Regarding ...`).
    "forward-looking statement",
    "forward looking statement",
    "safe harbor",
    "safe harbour",
    "cautionary note",
    "cautionary statement",
    "zukunftsgerichtete aussagen",
    "déclarations prospectives",
];

/// Top-level domains that make a word a web address in a promo (`Blog.it`).
pub(super) const DOMAINS: &[&str] = &[
    "it", "com", "org", "net", "de", "fr", "es", "eu", "uk", "ch", "at", "be", "nl", "info",
    "news", "tv", "io",
];

/// Chinese words for the editor credited at the end (`（編輯：陳淑華）`, `（责任编辑：刘明）`).
pub(super) const EDITOR_WORDS: &[&str] = &["责任编辑", "責任編輯", "编辑", "編輯"];

/// Openings of the editor's line below a story (`Edited by Chinyere Nwachukwu/Sadiya Hamza`,
/// `Editor: Budi Santoso`), lower case: not the reporter, so not the credit.
pub(super) const EDITING_PREFIXES: &[&str] = &[
    "edited by",
    "editing by",
    "editor:",
    "editors:",
    "editado por",
    "édité par",
    "redaktor:",
    "redakce:",
    "penyunting:",
    "redaktur:",
];

/// Labels of the reporter's line below a story (Antara's `Pewarta: Rizky Ananda Putri`), lower
/// case: the line is the credit, the name the byline.
pub(super) const REPORTER_LABELS: &[&str] = &[
    "pewarta",
    "wartawan",
    "penulis",
    "reporter",
    "reporters",
    "reportera",
    "reportero",
    "author",
    "autor",
    "autorin",
];

/// Words of a heading that opens a contact section (`Rückfragen & Kontakt:`, `To contact the
/// reporter on this story:`), lower case.
pub(super) const CONTACT_WORDS: &[&str] = &[
    "contact",
    "kontakt",
    "rückfragen",
    "enquiries",
    "inquiries",
    "contacto",
    "contatti",
    "contato",
    "yhteystiedot",
];

/// Words of an agency's notice on the use of its copy (`... without the written consent of BNS
/// is prohibited`, Antara's `Dilarang keras ... tanpa izin tertulis`, Anadolu's note on
/// subscriptions), lower case.
pub(super) const USAGE_WORDS: &[&str] = &[
    "subscri",
    "consent",
    "permission",
    "prohibited",
    "forbidden",
    "dilarang",
    "izin tertulis",
    "keelatud",
    "nõusolek",
    "zabranjen",
    "забрањ",
    "забранено",
    "запрещ",
    "interdit",
    "untersagt",
    "verboten",
    "vietat",
    "prohibid",
    "proibid",
    "zakázán",
    "zabronion",
    "tilladelse",
    "tillstånd",
    "toestemming",
];

/// Openings of sentences that credit the report (The Canadian Press's `This report by The
/// Canadian Press was first published ...`, its French service's `Ce reportage a été publié
/// initialement par ...`), lower case.
pub(super) const CREDIT_SENTENCES: &[&str] = &[
    "this report by",
    "ce reportage a été publié",
    "ce texte a été publié",
];
