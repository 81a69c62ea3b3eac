//! A first pass before the trigram detector. Most wire copy is in a few languages whose
//! commonest words (articles, conjunctions, prepositions, `said`) make a sixth or more of any
//! story, and which no other language uses as often. When one language's words make such a
//! share of the sample, and no other's come near, that language is the answer; otherwise the
//! trigram detector decides. whatlang costs about 400,000 instructions on a story's sample; this
//! pass costs a few thousand.
//!
//! The lists leave out the words that a language whatlang knows also uses often: English `as`
//! (Portuguese), `at` (Danish), `an`; German `die` and `den` (Dutch, the Scandinavian
//! languages), `das` (Portuguese), `es` (Spanish); French `il` (Italian), `la` (Italian,
//! Spanish, Catalan), `a` and `se` (the Iberian languages); Italian `di` (Indonesian and Malay),
//! `e` (Portuguese), `la`, `per`, `del`, `una` (Catalan, Spanish), `alla` (Swedish). What is left
//! makes a few in a hundred words of any other language, far below [`MIN_SHARE`].

use std::collections::HashMap;
use std::sync::LazyLock;

use foldhash::fast::FixedState;

/// A language's commonest words that other languages do not share, lower case: its BCP 47 tag
/// and the words.
const LISTS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "that", "said", "with", "for", "from", "which", "was",
            "were", "has", "have", "had", "been", "would", "will", "their", "this", "his", "her",
            "its", "after", "by", "on", "is", "it", "are", "be", "who", "they", "not",
        ],
    ),
    (
        "de",
        &[
            "der", "und", "ist", "nicht", "mit", "von", "sich", "auf", "für", "dem", "wird",
            "eine", "einen", "einer", "sagte", "auch", "wurde", "werden", "sind", "hat", "im",
            "zu", "bei", "nach", "aus", "noch", "über",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "des", "et", "est", "une", "du", "dans", "pour", "pas", "sur", "au",
            "avec", "ont", "été", "sont", "aux", "qui", "elle", "cette", "selon", "plus", "par",
            "ses", "leur",
        ],
    ),
    (
        "it",
        &[
            "il", "che", "della", "è", "non", "sono", "gli", "anche", "nel", "dei", "delle", "più",
            "degli", "stato", "ed", "dal", "dalla", "nella", "sul", "ai", "hanno", "dopo",
            "questo", "alle", "sulla",
        ],
    ),
];

/// The length in bytes of the longest listed word.
const LONGEST: usize = {
    let mut longest = 0;
    let mut list = 0;
    while list < LISTS.len() {
        let words = crate::text_shape::longest(&[LISTS[list].1]);
        if words > longest {
            longest = words;
        }
        list += 1;
    }
    longest
};

/// Every listed word, with the lists it is in as bits (bit `i` for `LISTS[i]`): one look-up a
/// word instead of a scan of every list. A word is keyed by its lower-case bytes packed into a
/// number ([`key`]), so a sample's word is looked up without a string made for it.
static WORDS: LazyLock<HashMap<u64, u8, FixedState>> = LazyLock::new(|| {
    let mut words = HashMap::with_hasher(FixedState::default());
    for (i, (_, list)) in LISTS.iter().enumerate() {
        for word in *list {
            if let Some(key) = key(word) {
                *words.entry(key).or_insert(0) |= 1 << i;
            }
        }
    }
    words
});

/// The bits of [`WORDS`] hold one list each.
const _: () = assert!(LISTS.len() <= 8);

/// Every listed word fits a key: no listed word is longer than a key holds.
const _: () = assert!(LONGEST <= 8);

/// `word` lower-cased, its UTF-8 bytes packed into a number (the bytes of a word are never
/// zero, so words of different lengths differ), or `None` when the lower-case word is longer
/// than the eight bytes a key holds (and so is no listed word).
fn key(word: &str) -> Option<u64> {
    let mut bytes = [0u8; 8];
    let mut len = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let end = len + c.len_utf8();
        c.encode_utf8(bytes.get_mut(len..end)?);
        len = end;
    }
    Some(u64::from_le_bytes(bytes))
}

/// Calls `tally` for each word of `sample` (the runs of letters
/// [`crate::script::alphabetic_words`] gives) with its [`key`], or with `None` when the word is
/// longer than [`LONGEST`] and so no listed word (most words of a story are). One pass cuts the
/// sample at its spaces and notes whether each piece is all ASCII letters, as most are: such a
/// piece is one word, keyed in place; only the others are split into runs of letters.
fn each_word_key(sample: &str, mut tally: impl FnMut(Option<u64>)) {
    let bytes = sample.as_bytes();
    let mut piece = |start: usize, end: usize, letters: bool| {
        if end > start && letters {
            tally(bytes.get(start..end).and_then(ascii_key));
        } else if end > start
            && let Some(piece) = sample.get(start..end)
        {
            for word in crate::script::alphabetic_words(piece) {
                tally(if word.is_ascii() {
                    ascii_key(word.as_bytes())
                } else {
                    (word.len() <= LONGEST).then(|| key(word)).flatten()
                });
            }
        }
    };
    let (mut start, mut letters) = (0, true);
    for (at, &byte) in bytes.iter().enumerate() {
        if byte == b' ' {
            piece(start, at, letters);
            (start, letters) = (at + 1, true);
        } else {
            letters &= byte.is_ascii_alphabetic();
        }
    }
    piece(start, bytes.len(), letters);
}

/// [`key`] of a word of ASCII letters, or `None` when it is longer than [`LONGEST`].
fn ascii_key(word: &[u8]) -> Option<u64> {
    if word.len() > LONGEST {
        return None;
    }
    // `| 0x20` lower-cases an ASCII letter.
    Some(
        word.iter()
            .rev()
            .fold(0, |key, &byte| key << 8 | u64::from(byte | 0x20)),
    )
}

/// Words a sample needs before its function words are counted: fewer say too little.
const MIN_WORDS: usize = 30;

/// The share of the sample's words one language's list must make: English copy makes about a
/// quarter, German, French and Italian copy a tenth to a fifth, and copy in another language at
/// most about a twelfth (measured on the stories and agency files in the project's shared
/// corpora). A sample below it goes to the trigram detector.
const MIN_SHARE: f64 = 0.15;

/// How many times the runner-up's count the leader's must be.
const MIN_LEAD: usize = 4;

/// The language of `sample` by its function words, or `None` when they do not decide it.
pub(super) fn language(sample: &str) -> Option<&'static str> {
    let mut counts = [0usize; LISTS.len()];
    let mut words = 0usize;
    each_word_key(sample, |key| {
        words += 1;
        if let Some(languages) = key.and_then(|key| WORDS.get(&key)) {
            for (i, count) in counts.iter_mut().enumerate() {
                *count += usize::from(languages & (1 << i) != 0);
            }
        }
    });
    if words < MIN_WORDS {
        return None;
    }
    let (best, &count) = counts.iter().enumerate().max_by_key(|&(_, count)| count)?;
    let runner_up = counts
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, c)| *c)
        .max()
        .unwrap_or(0);
    let share = count as f64 / words as f64;
    (share >= MIN_SHARE && count >= runner_up.saturating_mul(MIN_LEAD) && count > 0)
        .then(|| LISTS.get(best).map(|(tag, _)| *tag))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Invented stories in the languages of the lists, each long enough to be counted.
    const OURS: &[(&str, &str)] = &[
        (
            "en",
            "The city council approved the budget for the new tram line on Tuesday after a debate that lasted most of the day. The mayor said the first trains would run by the end of next year, and that the cost had been kept within the plan. Opposition members said they were not convinced by the figures and would ask the auditor to look at them.",
        ),
        (
            "de",
            "Der Stadtrat hat am Dienstag den Haushalt für die neue Straßenbahnlinie beschlossen. Die Bürgermeisterin sagte, die ersten Züge sollen Ende nächsten Jahres fahren, und die Kosten seien im Rahmen geblieben. Die Opposition ist von den Zahlen nicht überzeugt und will sie vom Rechnungshof prüfen lassen, wie ein Sprecher nach der Sitzung mit Journalisten sagte.",
        ),
        (
            "fr",
            "Le conseil municipal a adopté mardi le budget de la nouvelle ligne de tramway après un long débat. Selon la maire, les premières rames circuleront à la fin de l'année prochaine et le coût est resté dans les limites prévues. Les élus de l'opposition ne sont pas convaincus par les chiffres et ont demandé un examen par la cour des comptes.",
        ),
        (
            "it",
            "Il consiglio comunale ha approvato martedì il bilancio della nuova linea del tram dopo un lungo dibattito. Secondo la sindaca i primi convogli saranno in servizio alla fine dell'anno prossimo e il costo è rimasto nei limiti previsti. Gli esponenti dell'opposizione non sono convinti dei dati e hanno chiesto anche un esame della corte dei conti sulla spesa.",
        ),
    ];

    /// The same story in languages that share words with those of the lists.
    const OTHERS: &[&str] = &[
        // Spanish
        "El consejo municipal aprobó el martes el presupuesto de la nueva línea de tranvía después de un largo debate. Según la alcaldesa, los primeros trenes circularán a finales del año que viene y el coste se ha mantenido dentro de lo previsto. Los concejales de la oposición no están convencidos por las cifras y pidieron un examen del tribunal de cuentas.",
        // Portuguese
        "A câmara municipal aprovou na terça-feira o orçamento da nova linha de elétrico depois de um longo debate. Segundo a presidente, os primeiros comboios vão circular no final do próximo ano e o custo manteve-se dentro do previsto. Os vereadores da oposição não estão convencidos com os números e pediram um exame ao tribunal de contas sobre as despesas.",
        // Catalan
        "El consell municipal va aprovar dimarts el pressupost de la nova línia de tramvia després d'un llarg debat. Segons l'alcaldessa, els primers combois circularan a finals de l'any que ve i el cost s'ha mantingut dins del que es preveia. Els regidors de l'oposició no estan convençuts per les xifres i han demanat un examen de la sindicatura de comptes.",
        // Dutch
        "De gemeenteraad heeft dinsdag na een lang debat de begroting voor de nieuwe tramlijn goedgekeurd. Volgens de burgemeester rijden de eerste trams eind volgend jaar en is de prijs binnen het plan gebleven. De oppositie is niet overtuigd door de cijfers en wil dat de rekenkamer ze bekijkt, zei een woordvoerder na de vergadering tegen journalisten in het stadhuis.",
        // Danish
        "Byrådet vedtog tirsdag budgettet for den nye sporvognslinje efter en lang debat. Borgmesteren sagde, at de første tog skal køre ved udgangen af næste år, og at udgifterne er holdt inden for planen. Oppositionen er ikke overbevist af tallene og vil bede revisionen om at se på dem, sagde en talsmand efter mødet til journalister der var til stede.",
        // Swedish
        "Kommunfullmäktige godkände på tisdagen budgeten för den nya spårvägslinjen efter en lång debatt. Borgmästaren sade att de första vagnarna ska gå i slutet av nästa år och att kostnaden har hållits inom planen. Oppositionen är inte övertygad av siffrorna och vill att revisorerna granskar dem, sade en talesperson efter mötet till journalister som var där.",
        // Indonesian
        "Dewan kota pada hari Selasa menyetujui anggaran untuk jalur trem baru setelah perdebatan panjang di gedung dewan. Wali kota mengatakan kereta pertama akan beroperasi pada akhir tahun depan dan biaya tetap sesuai rencana. Anggota oposisi mengatakan mereka tidak yakin dengan angka tersebut dan akan meminta badan pemeriksa keuangan untuk memeriksanya di kantor.",
        // Romanian
        "Consiliul local a aprobat marți bugetul pentru noua linie de tramvai după o dezbatere lungă. Primarul a spus că primele tramvaie vor circula la sfârșitul anului viitor și că respectivul cost a rămas în limitele planului. Membrii opoziției nu sunt convinși de cifre și vor cere Curții de Conturi să le examineze, a spus un purtător de cuvânt după ședință.",
        // Polish
        "Rada miasta zatwierdziła we wtorek budżet nowej linii tramwajowej po długiej debacie. Burmistrz powiedziała, że pierwsze tramwaje pojadą pod koniec przyszłego roku, a koszty mieszczą się w planie. To nie przekonało opozycji, która chce, by liczby sprawdziła izba kontroli, jak powiedział rzecznik po posiedzeniu dziennikarzom zebranym przed ratuszem miasta.",
    ];

    #[test]
    fn the_languages_of_the_lists_are_told_by_their_function_words() {
        for (tag, story) in OURS {
            assert_eq!(language(story), Some(*tag), "{story}");
        }
    }

    #[test]
    fn where_the_first_pass_answers_the_trigram_detector_agrees() {
        for (tag, story) in OURS {
            assert_eq!(
                super::super::by_trigrams(story).as_deref(),
                Some(*tag),
                "{story}"
            );
        }
    }

    #[test]
    fn languages_that_share_words_with_the_lists_go_to_the_trigram_detector() {
        for story in OTHERS {
            assert_eq!(language(story), None, "{story}");
        }
    }

    #[test]
    fn a_short_sample_or_a_mixed_one_is_left_to_the_trigram_detector() {
        // Too few words to count, however English.
        assert_eq!(
            language("The mayor said that the plan was not the one they had been promised."),
            None
        );
        // English and German sentences in equal parts: neither leads four to one.
        let (_, en) = OURS[0];
        let (_, de) = OURS[1];
        assert_eq!(language(&format!("{en} {de}")), None);
    }

    #[test]
    fn listed_words_are_found_in_any_case() {
        for word in ["THE", "Und", "ÉTÉ", "Über", "PIÙ", "È", "sulla"] {
            let key = key(word).and_then(|key| WORDS.get(&key));
            assert!(key.is_some(), "{word}");
        }
        assert_eq!(ascii_key(b"The"), key("the"));
        assert_eq!(ascii_key(b"toolongword"), None);
        // A word that is longer than any key once lower-cased: `İ` lower-cases to two
        // characters.
        assert_eq!(key("İİİ"), None);
    }

    proptest::proptest! {
        /// The one-pass keying gives what splitting into runs of letters and keying each gives.
        #[test]
        fn words_are_keyed_as_their_runs_of_letters(
            sample in "[ a-zA-Zé.,'’\\-0-9ÜİΣ東\\u{a0}\\t]{0,60}",
        ) {
            let mut keys = Vec::new();
            each_word_key(&sample, |key| keys.push(key));
            let expected: Vec<Option<u64>> = crate::script::alphabetic_words(&sample)
                .map(|word| (word.len() <= LONGEST).then(|| key(word)).flatten())
                .collect();
            proptest::prop_assert_eq!(keys, expected);
        }
    }
}
