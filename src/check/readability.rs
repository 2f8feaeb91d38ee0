//! Plain-language measures of a page: readability formulas per language, and sentences that
//! are too long.
//!
//! The text measured is what a reader reads on the page: the title, the key points, the
//! headings, paragraphs, list items and table cells of the body, and glossary definitions.
//! Each heading, list item, key point and table cell counts as a sentence of its own.
//! Sentences and words are split with Unicode's rules (unicode-segmentation); syllables are
//! counted with hyphenation patterns (hypher), allowing one-letter syllables at the edges of a
//! word ("a-gua", "o-pen"), which the patterns' printing bounds would otherwise glue on.

use hypher::Lang;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use unicode_segmentation::UnicodeSegmentation;

use crate::load::content::SourcePage;

/// A readability formula, with its source (see docs/plain-language.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formula {
    /// Spanish, Fernández-Huerta (1959) as corrected by Law (2011):
    /// 206.84 − 60 × syllables/word − 1.02 × words/sentence.
    FernandezHuerta,
    /// English, Flesch (1948) reading ease:
    /// 206.835 − 1.015 × words/sentence − 84.6 × syllables/word.
    Flesch,
    /// French, Kandel & Moles (1958): 207 − 1.015 × words/sentence − 73.6 × syllables/word.
    KandelMoles,
    /// Portuguese, Flesch adapted by Martins et al. (1996):
    /// 248.835 − 1.015 × words/sentence − 84.6 × syllables/word.
    FleschMartins,
}

impl Formula {
    pub fn for_language(code: &str) -> Option<Formula> {
        match primary(code) {
            "es" => Some(Formula::FernandezHuerta),
            "en" => Some(Formula::Flesch),
            "fr" => Some(Formula::KandelMoles),
            "pt" => Some(Formula::FleschMartins),
            _ => None,
        }
    }

    /// The formula's name as the writer reads it: the authors' names, or (Flesch's) what it
    /// measures, in the writer's language.
    pub fn name(self) -> String {
        match self {
            Formula::FernandezHuerta => "Fernández-Huerta".to_string(),
            Formula::Flesch => crate::t!("check-formula-flesch"),
            Formula::KandelMoles => "Kandel–Moles".to_string(),
            Formula::FleschMartins => "Flesch–Martins".to_string(),
        }
    }

    pub fn score(self, words_per_sentence: f64, syllables_per_word: f64) -> f64 {
        let (w, s) = (words_per_sentence, syllables_per_word);
        match self {
            Formula::FernandezHuerta => 206.84 - 60.0 * s - 1.02 * w,
            Formula::Flesch => 206.835 - 1.015 * w - 84.6 * s,
            Formula::KandelMoles => 207.0 - 1.015 * w - 73.6 * s,
            Formula::FleschMartins => 248.835 - 1.015 * w - 84.6 * s,
        }
    }

    fn hyphenation(self) -> Lang {
        match self {
            Formula::FernandezHuerta => Lang::Spanish,
            Formula::Flesch => Lang::English,
            Formula::KandelMoles => Lang::French,
            Formula::FleschMartins => Lang::Portuguese,
        }
    }
}

fn primary(code: &str) -> &str {
    code.split('-').next().unwrap_or(code)
}

/// A sentence over the limit, where it starts.
#[derive(Debug, Clone)]
pub struct LongSentence {
    /// 1-based line in the page's file; 0 for the title and key points in the front matter.
    pub line: usize,
    pub words: usize,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Readability {
    pub words: usize,
    pub sentences: usize,
    /// Counted only for languages with a formula.
    pub syllables: usize,
    pub formula: Option<Formula>,
    pub long_sentences: Vec<LongSentence>,
}

impl Readability {
    /// The formula's score; `None` for languages without one, and for a text without words.
    pub fn score(&self) -> Option<f64> {
        let formula = self.formula.filter(|_| self.words > 0)?;
        let words = self.words as f64;
        Some(formula.score(words / self.sentences as f64, self.syllables as f64 / words))
    }
}

/// Measures the text of `page` (its front matter, and `body`, its Markdown) as read in its own
/// language.
pub fn measure(page: &SourcePage, body: &str, sentence_limit: usize) -> Readability {
    let mut units: Vec<(usize, String)> = vec![(0, page.front.title.clone())];
    units.extend(page.front.summary.iter().map(|s| (0, s.clone())));
    units.extend(
        page.front
            .terms
            .iter()
            .flat_map(|t| [(0, t.term.clone()), (0, t.definition.clone())]),
    );
    units.extend(
        text_units(body)
            .into_iter()
            .map(|(line, text)| (line + page.body_line - 1, text)),
    );
    measure_units(&units, &page.lang, sentence_limit)
}

/// Measures units of text (each a heading, a paragraph, a list item…) in language `lang`.
pub fn measure_units(units: &[(usize, String)], lang: &str, sentence_limit: usize) -> Readability {
    let formula = Formula::for_language(lang);
    let (mut words, mut sentences, mut syllables) = (0, 0, 0);
    let mut long_sentences = Vec::new();
    for (line, unit) in units {
        for sentence in unit.unicode_sentences() {
            let sentence_words: Vec<&str> = sentence.unicode_words().collect();
            if sentence_words.is_empty() {
                continue;
            }
            sentences += 1;
            words += sentence_words.len();
            if sentence_words.len() > sentence_limit {
                long_sentences.push(LongSentence {
                    line: *line,
                    words: sentence_words.len(),
                    text: sentence.trim().to_string(),
                });
            }
            if let Some(formula) = formula {
                syllables += sentence_words
                    .iter()
                    .map(|w| count_syllables(w, formula.hyphenation()))
                    .sum::<usize>();
            }
        }
    }
    Readability {
        words,
        sentences,
        syllables,
        formula,
        long_sentences,
    }
}

/// Syllables in one word. Numbers and other words without letters count as one.
///
/// Hyphenation patterns mark where a word may be broken, which is not always between every two
/// syllables: they never split "a-gua" or "law-yer". So the word is first split with hypher and
/// each piece's vowel nuclei are then counted, with the language's rules for diphthongs and
/// silent endings. No crate counts syllables for Spanish, French and Portuguese.
pub fn count_syllables(word: &str, lang: Lang) -> usize {
    let lower = word.to_lowercase();
    if !lower.chars().any(char::is_alphabetic) {
        return 1;
    }
    // With bounds of one letter, hypher may split off a lone consonant ("tel-l"); such a
    // piece has no nucleus of its own and adds nothing.
    let nuclei: usize = hypher::hyphenate_bounded(&lower, lang, 1, 1)
        .map(|piece| nuclei(piece, lang))
        .sum();
    if nuclei > 1 && silent_ending(&lower, lang) {
        nuclei - 1
    } else {
        nuclei.max(1)
    }
}

/// Endings written with a vowel that is not said: English "come", "made", "asked"; French
/// "droite", "libres", "parlent".
fn silent_ending(word: &str, lang: Lang) -> bool {
    match lang {
        Lang::English => {
            (word.ends_with('e') && !word.ends_with("le") && !word.ends_with("ee"))
                || (word.ends_with("es")
                    && !["ses", "ces", "ges", "zes", "xes", "shes", "ches"]
                        .iter()
                        .any(|e| word.ends_with(e)))
                || (word.ends_with("ed") && !word.ends_with("ted") && !word.ends_with("ded"))
        }
        Lang::French => word.ends_with('e') || word.ends_with("es") || word.ends_with("ent"),
        _ => false,
    }
}

/// Vowel nuclei in a piece of a word.
fn nuclei(piece: &str, lang: Lang) -> usize {
    let chars: Vec<char> = piece.chars().collect();
    let is_vowel = |i: usize| {
        let c = chars[i];
        if c == 'y' {
            // A vowel after a consonant or at the end ("happy", "hoy"), not before a vowel ("yo").
            i > 0 && chars.get(i + 1).is_none_or(|n| !is_plain_vowel(*n))
        } else {
            is_plain_vowel(c)
        }
    };
    let mut count = 0;
    let mut i = 0;
    while i < chars.len() {
        if !is_vowel(i) {
            i += 1;
            continue;
        }
        count += 1;
        let mut j = i + 1;
        while j < chars.len() && is_vowel(j) {
            // Spanish and Portuguese: two strong vowels side by side are two syllables (hiatus).
            if matches!(lang, Lang::Spanish | Lang::Portuguese)
                && is_strong(chars[j - 1])
                && is_strong(chars[j])
            {
                count += 1;
            }
            j += 1;
        }
        i = j;
    }
    count
}

fn is_plain_vowel(c: char) -> bool {
    "aeiouáéíóúàèìòùâêîôûãõäëïöüœæ".contains(c)
}

/// Vowels that form their own syllable next to another strong vowel. ã and õ are left out:
/// with o or e they make the nasal diphthongs of "proteção" and "põe".
fn is_strong(c: char) -> bool {
    "aeoáéóíúàèòâêô".contains(c)
}

/// The blocks of text of a Markdown body, each with the line it starts on (1-based, within
/// the body): headings, paragraphs, list items, table cells. Images' alt text is left out.
pub fn text_units(markdown: &str) -> Vec<(usize, String)> {
    let mut units = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let mut in_image = 0usize;
    let flush = |current: &mut String, start: usize, units: &mut Vec<(usize, String)>| {
        let text = current.trim();
        if !text.is_empty() {
            let line = markdown[..start.min(markdown.len())].matches('\n').count() + 1;
            units.push((line, text.to_string()));
        }
        current.clear();
    };
    for (event, range) in
        Parser::new_ext(markdown, crate::load::markdown_options()).into_offset_iter()
    {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell) => {
                flush(&mut current, start, &mut units);
                start = range.start;
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => {
                flush(&mut current, start, &mut units);
            }
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Text(text) | Event::Code(text) if in_image == 0 => current.push_str(&text),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            _ => {}
        }
    }
    flush(&mut current, start, &mut units);
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(texts: &[&str]) -> Vec<(usize, String)> {
        texts.iter().map(|t| (1, t.to_string())).collect()
    }

    #[test]
    fn spanish_syllables() {
        for (word, n) in [
            ("gato", 2),
            ("come", 2),
            ("el", 1),
            ("agua", 2),
            ("abogado", 4),
            ("protección", 3),
            ("niña", 2),
        ] {
            assert_eq!(count_syllables(word, Lang::Spanish), n, "{word}");
        }
    }

    #[test]
    fn english_syllables() {
        for (word, n) in [
            ("cat", 1),
            ("happy", 2),
            ("lawyer", 2),
            ("family", 3),
            ("protection", 3),
        ] {
            assert_eq!(count_syllables(word, Lang::English), n, "{word}");
        }
    }

    #[test]
    fn french_and_portuguese_syllables() {
        for (word, n) in [("droits", 1), ("avocat", 3), ("libre", 1), ("enfant", 2)] {
            assert_eq!(count_syllables(word, Lang::French), n, "{word}");
        }
        for (word, n) in [("direitos", 3), ("proteção", 3), ("advogado", 4)] {
            assert_eq!(count_syllables(word, Lang::Portuguese), n, "{word}");
        }
    }

    #[test]
    fn fernandez_huerta_by_hand() {
        // "El gato come." 3 words, 1 sentence, 1 + 2 + 2 = 5 syllables:
        // 206.84 − 60 × 5/3 − 1.02 × 3 = 103.78
        let r = measure_units(&units(&["El gato come."]), "es", 25);
        assert_eq!((r.words, r.sentences, r.syllables), (3, 1, 5));
        assert!(
            (r.score().unwrap() - 103.78).abs() < 1e-9,
            "{:?}",
            r.score()
        );
    }

    #[test]
    fn flesch_by_hand() {
        // "The cat sat. It was happy." 6 words, 2 sentences, 7 syllables:
        // 206.835 − 1.015 × 3 − 84.6 × 7/6 = 105.29
        let r = measure_units(&units(&["The cat sat. It was happy."]), "en", 25);
        assert_eq!((r.words, r.sentences, r.syllables), (6, 2, 7));
        let expected = 206.835 - 1.015 * 3.0 - 84.6 * 7.0 / 6.0;
        assert!((r.score().unwrap() - expected).abs() < 1e-9);
    }

    #[test]
    fn french_and_portuguese_formulas() {
        assert!((Formula::KandelMoles.score(10.0, 1.5) - (207.0 - 10.15 - 110.4)).abs() < 1e-9);
        assert!((Formula::FleschMartins.score(10.0, 1.5) - (248.835 - 10.15 - 126.9)).abs() < 1e-9);
    }

    #[test]
    fn languages_without_a_formula_still_count_words() {
        let r = measure_units(&units(&["Ou gen dwa. Ou ka mande èd."]), "ht", 25);
        assert_eq!((r.words, r.sentences), (7, 2));
        assert_eq!(r.score(), None);
    }

    #[test]
    fn long_sentences_are_listed() {
        let long = "uno ".repeat(26) + "dos.";
        let r = measure_units(&[(7, long)], "es", 25);
        assert_eq!(r.long_sentences.len(), 1);
        assert_eq!(
            (r.long_sentences[0].line, r.long_sentences[0].words),
            (7, 27)
        );
    }

    #[test]
    fn markdown_blocks_become_units() {
        let body =
            "## ¿Qué es?\n\nUn texto\nen dos líneas.\n\n- uno\n- dos\n\n![mapa grande](m.png)\n";
        let got = text_units(body);
        assert_eq!(
            got,
            vec![
                (1, "¿Qué es?".to_string()),
                (3, "Un texto en dos líneas.".to_string()),
                (6, "uno".to_string()),
                (7, "dos".to_string()),
            ]
        );
    }
}
