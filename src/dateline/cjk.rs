//! Datelines of the scripts written without capitals: Chinese (`新华社北京11月29日电（记者张三）`,
//! `（中央社記者王小明台北29日電）`), Japanese (`【北京共同】`, `【パリＡＦＰ＝時事】`,
//! `【ワシントン＝山田太郎】`) and Korean (`(서울=연합뉴스) 홍길동 기자 =`, `[서울=뉴시스]`).
//!
//! Their shapes are fixed by each press, so they are read as whole forms rather than by the
//! place-tag-separator grammar of the other scripts. Each may carry the reporter's name, which
//! is returned as a [`Reporter`] for the caller's byline.

use super::date::cjk_date;
use super::is_known_agency;
use super::scan::Scan;
use super::{Parsed, Reporter};
use crate::model::{Agency, Dateline, PartialDate};
use crate::script::{is_cjk, is_digit, is_hangul, narrow};

/// Chinese presses that print `AGENCY PLACE DATE 电`.
const CHINESE_PRESSES: &[&str] = &[
    "香港中通社",
    "中国新闻网",
    "中國新聞網",
    "中国日报网",
    "国际在线",
    "新华社",
    "新華社",
    "中新社",
    "中新网",
    "中新網",
    "新华网",
    "新華網",
    "人民网",
    "人民網",
    "央视网",
    "中通社",
    "本报",
    "本報",
];

/// The words that close a Chinese dateline: `电` (cable), `讯` (report), and their traditional
/// and `专电` (special cable) forms.
const CHINESE_CLOSE: &[&str] = &["专电", "專電", "电", "電", "讯", "訊"];

/// Chinese words for "reporter" that open a byline: `记者`, `記者`, `本报记者`.
const REPORTER_WORDS: &[&str] = &[
    "新华社记者",
    "新華社記者",
    "本报记者",
    "本報記者",
    "特约记者",
    "特約記者",
    "记者",
    "記者",
    "通讯员",
    "通訊員",
];

/// Korean words after the reporter's name: reporter, correspondent, stringer.
const KOREAN_ROLES: &[&str] = &[
    "기자",
    "특파원",
    "통신원",
    "객원기자",
    "선임기자",
    "전문기자",
];

/// Places the Central News Agency files from, to split `記者王小明台北` into name and place.
const CNA_PLACES: &[&str] = &[
    "台北",
    "臺北",
    "新北",
    "台中",
    "臺中",
    "台南",
    "臺南",
    "高雄",
    "桃園",
    "新竹",
    "基隆",
    "嘉義",
    "花蓮",
    "台東",
    "臺東",
    "宜蘭",
    "屏東",
    "彰化",
    "南投",
    "雲林",
    "苗栗",
    "澎湖",
    "金門",
    "馬祖",
    "東京",
    "北京",
    "上海",
    "香港",
    "華盛頓",
    "紐約",
    "倫敦",
    "巴黎",
    "首爾",
    "莫斯科",
    "柏林",
    "羅馬",
    "新加坡",
    "曼谷",
    "雪梨",
    "舊金山",
    "洛杉磯",
    "布魯塞爾",
];

/// Reads a CJK dateline at the start of `text`, when there is one.
pub(super) fn parse(text: &str) -> Option<Parsed> {
    let first = text.chars().next()?;
    if !(is_cjk(first) || matches!(first, '(' | '（' | '[' | '【' | '〔' | '［')) {
        return None;
    }
    chinese(text)
        .or_else(|| cna(text))
        .or_else(|| bracketed(text))
}

/// `新华社北京11月29日电（记者张三、李四）`, `【新华社北京11月29日电】`, `中新社上海11月29日电`.
fn chinese(text: &str) -> Option<Parsed> {
    let mut s = Scan::new(text);
    let open = ["【", "〔", "["].into_iter().find(|o| s.eat(o));
    let press = CHINESE_PRESSES.iter().find(|p| s.eat(p))?;
    let mut t = s;
    let run = t.take_while(|c| is_cjk(c) && !is_digit(c));
    let (place, date) = match cjk_date(&mut t) {
        Some(date) => {
            s = t;
            (run, Some(date))
        }
        None => {
            // No date: the place runs up to the closing word (`新华社北京电`).
            let cut = CHINESE_CLOSE.iter().filter_map(|c| run.find(c)).min()?;
            let place = run.get(..cut)?;
            s.eat(place);
            (place, None)
        }
    };
    if !CHINESE_CLOSE.iter().any(|c| s.eat(c)) || !(1..=10).contains(&place.chars().count()) {
        return None;
    }
    if let Some(open) = open {
        let close = match open {
            "[" => "]",
            "【" => "】",
            _ => "〕",
        };
        if !s.eat(close) {
            return None;
        }
    }
    let mut dateline = Dateline::new(text.get(..s.pos())?.trim());
    dateline.city = Some(place.to_string());
    dateline.date = date;
    dateline.agencies = vec![Agency::new(*press)];
    s.skip_spaces();
    let reporter = reporter_paren(&mut s);
    s.skip_spaces();
    Some(Parsed {
        dateline,
        consumed: s.pos(),
        byline: reporter,
    })
}

/// `（记者 张三 李四）`, `(记者张三、李四)`: the reporters after a Chinese dateline.
fn reporter_paren(s: &mut Scan<'_>) -> Option<Reporter> {
    let save = *s;
    let close = if s.eat("（") {
        "）"
    } else if s.eat("(") {
        ")"
    } else {
        return None;
    };
    s.skip_spaces();
    if !REPORTER_WORDS.iter().any(|w| s.eat(w)) {
        *s = save;
        return None;
    }
    s.eat("：");
    s.eat(":");
    s.skip_spaces();
    let names = s.take_while(|c| c != ')' && c != '）' && c != '\n');
    if !s.eat(close) || names.chars().count() > 40 {
        *s = save;
        return None;
    }
    reporter(names).or_else(|| {
        *s = save;
        None
    })
}

/// Names separated by `、`, `，`, `,`, `·` or spaces.
fn reporter(names: &str) -> Option<Reporter> {
    let text = names.trim();
    let list: Vec<String> = text
        .split(['、', '，', ',', '·', '・', ' ', '\u{3000}'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect();
    if list.is_empty() || list.len() > 8 || list.iter().any(|n| n.chars().count() > 12) {
        return None;
    }
    Some(Reporter {
        text: text.to_string(),
        names: list,
    })
}

/// The Central News Agency: `（中央社記者王小明台北29日電）`, `（中央社台北29日電）`.
fn cna(text: &str) -> Option<Parsed> {
    let mut s = Scan::new(text);
    let close = if s.eat("（") {
        "）"
    } else if s.eat("(") {
        ")"
    } else {
        return None;
    };
    let press = ["中央社", "中央通訊社"].into_iter().find(|p| s.eat(p))?;
    let inner = s.take_while(|c| c != ')' && c != '）' && c != '\n');
    if inner.chars().count() > 40 || !s.eat(close) {
        return None;
    }
    let mut t = Scan::new(inner);
    let reporter_text = if t.eat("記者") || t.eat("记者") {
        Some(())
    } else {
        None
    };
    let before_date = t.take_while(|c| !is_digit(c));
    let date = cjk_date(&mut t)?;
    let rest = t.rest();
    if !rest.ends_with('電') && !rest.ends_with('电') && !rest.contains("報導") {
        return None;
    }
    let (names, place) = match reporter_text {
        None => (None, before_date),
        Some(()) => split_name_place(before_date)?,
    };
    if place.is_empty() {
        return None;
    }
    let mut dateline = Dateline::new(text.get(..s.pos())?.trim());
    dateline.city = Some(place.to_string());
    dateline.date = Some(date);
    dateline.agencies = vec![Agency::new(press)];
    s.skip_spaces();
    Some(Parsed {
        dateline,
        consumed: s.pos(),
        byline: names.and_then(reporter),
    })
}

/// `王小明台北` → (`王小明`, `台北`): a known place at the end, else a three-character name.
fn split_name_place(text: &str) -> Option<(Option<&str>, &str)> {
    if let Some(place) = CNA_PLACES.iter().find(|p| text.ends_with(*p)) {
        let names = text.get(..text.len() - place.len())?;
        return Some(((!names.is_empty()).then_some(names), place));
    }
    let cut = text.char_indices().nth(3).map(|(i, _)| i)?;
    Some((text.get(..cut), text.get(cut..)?))
}

/// Bracketed forms: Korean `(서울=연합뉴스)`, `[서울=뉴시스]`; Japanese `【北京共同】`,
/// `【北京29日共同】`, `【パリＡＦＰ＝時事】`, `【ワシントン＝山田太郎】`.
fn bracketed(text: &str) -> Option<Parsed> {
    let mut s = Scan::new(text);
    let close = match s.bump()? {
        '(' => ')',
        '（' => '）',
        '[' => ']',
        '［' => '］',
        '【' => '】',
        _ => return None,
    };
    let content = s.take_while(|c| c != close && c != '\n' && c != '(' && c != '[');
    if content.is_empty() || content.chars().count() > 30 || !s.eat(&close.to_string()) {
        return None;
    }
    let printed = text.get(..s.pos())?;
    // `서울=연합뉴스`, `パリＡＦＰ＝時事`: an agency after the sign.
    let parsed = split_equals(content).and_then(|(left, right)| {
        let agencies = agency_chain(right)?;
        let (place, date, mut more) = place_and_date(left)?;
        more.extend(agencies);
        Some((place, date, more, None))
    });
    let (place, date, agencies, reporter) = match parsed {
        Some(found) => found,
        None => japanese_without_sign(content, close)
            .or_else(|| reporter_form(content, close))
            .or_else(|| korean_unknown_press(content, close))?,
    };
    let mut dateline = Dateline::new(printed.trim());
    dateline.city = place.map(str::to_string);
    dateline.date = date;
    dateline.agencies = agencies;
    let mut byline = reporter;
    s.skip_spaces();
    if byline.is_none()
        && content.chars().any(is_hangul)
        && let Some(found) = korean_reporter(&mut s)
    {
        byline = Some(found);
    }
    s.skip_spaces();
    Some(Parsed {
        dateline,
        consumed: s.pos(),
        byline,
    })
}

type Found<'a> = (
    Option<&'a str>,
    Option<PartialDate>,
    Vec<Agency>,
    Option<Reporter>,
);

/// `北京共同`, `北京29日共同`, `ワシントン時事`: a place (and day) with the agency glued after it.
fn japanese_without_sign(content: &str, close: char) -> Option<Found<'_>> {
    if close != '】' {
        return None;
    }
    let (place_part, agency) = known_suffix(content)?;
    if place_part.is_empty() {
        return Some((None, None, vec![Agency::new(agency)], None));
    }
    let (place, date, mut agencies) = place_and_date(place_part)?;
    agencies.push(Agency::new(agency));
    Some((place, date, agencies, None))
}

/// `ワシントン＝山田太郎` (a newspaper's own correspondent): place, then the reporter. Only
/// Japanese brackets; the name is Han or kana.
fn reporter_form(content: &str, close: char) -> Option<Found<'_>> {
    if close != '】' {
        return None;
    }
    let (left, right) = split_equals(content)?;
    let (place, date, agencies) = place_and_date(left)?;
    if right.chars().any(is_hangul) || !right.chars().all(|c| is_cjk(c) || c == '、' || c == '・')
    {
        return None;
    }
    Some((place, date, agencies, reporter(right)))
}

/// `서울=뉴스핌`: a Korean press newswire does not list, still a dateline by its shape: a
/// Hangul place and a one-word name without spaces.
fn korean_unknown_press(content: &str, close: char) -> Option<Found<'_>> {
    if close == '】' {
        return None;
    }
    let (left, right) = split_equals(content)?;
    let hangul_place = left.chars().all(is_hangul) && !left.is_empty();
    let one_word = !right.is_empty()
        && right.chars().count() <= 12
        && right.chars().all(|c| c.is_alphanumeric())
        && right.chars().any(is_hangul);
    (hangul_place && one_word).then(|| (Some(left), None, vec![Agency::new(right)], None))
}

/// Splits at the first `=` or `＝`.
fn split_equals(content: &str) -> Option<(&str, &str)> {
    let (i, c) = content
        .char_indices()
        .find(|(_, c)| matches!(c, '=' | '＝'))?;
    let left = content.get(..i)?.trim();
    let right = content.get(i + c.len_utf8()..)?.trim();
    (!left.is_empty() && !right.is_empty()).then_some((left, right))
}

/// `時事`, `ＡＦＰ＝時事`, `연합뉴스`: agencies joined by `=`, every one known.
fn agency_chain(text: &str) -> Option<Vec<Agency>> {
    let parts: Vec<&str> = text.split(['=', '＝']).map(str::trim).collect();
    parts
        .iter()
        .all(|p| is_known_agency(p))
        .then(|| parts.iter().map(|p| Agency::new(*p)).collect())
}

/// The longest known agency at the end of `text`, and what comes before it.
fn known_suffix(text: &str) -> Option<(&str, &str)> {
    let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    starts.into_iter().find_map(|i| {
        let suffix = text.get(i..)?;
        (is_known_agency(suffix) && suffix.chars().count() <= 8)
            .then(|| (text.get(..i).unwrap_or(""), suffix))
    })
}

/// `北京`, `北京29日`, `パリＡＦＰ` (a place, then a day or an agency glued to it).
fn place_and_date(text: &str) -> Option<(Option<&str>, Option<PartialDate>, Vec<Agency>)> {
    let mut s = Scan::new(text);
    let place = s.take_while(|c| !is_digit(c)).trim();
    let mut agencies = Vec::new();
    let (place, glued) = match known_suffix(place) {
        Some((before, agency)) if !before.is_empty() && !agency.chars().all(is_cjk) => {
            (before, Some(agency))
        }
        _ => (place, None),
    };
    if let Some(agency) = glued {
        agencies.push(Agency::new(agency));
    }
    let date = if s.rest().is_empty() {
        None
    } else {
        let date = cjk_date(&mut s)?;
        if !s.rest().trim().is_empty() {
            return None;
        }
        Some(date)
    };
    let chars = place.chars().count();
    if chars > 12 || place.chars().any(|c| narrow(c) != c && !c.is_alphabetic()) {
        return None;
    }
    if place.chars().any(|c| c.is_ascii_punctuation()) {
        return None;
    }
    Some(((!place.is_empty()).then_some(place), date, agencies))
}

/// `홍길동 기자 =`, `홍길동·김철수 기자 =`, `홍길동 특파원 =`: the reporters after a Korean
/// dateline, up to the `=` that opens the text.
fn korean_reporter(s: &mut Scan<'_>) -> Option<Reporter> {
    let save = *s;
    let line = s.rest();
    let (eq, sign) = line
        .char_indices()
        .take(60)
        .find(|(_, c)| *c == '=' || *c == '＝')?;
    let before = line.get(..eq)?.trim();
    let role = KOREAN_ROLES.iter().find(|r| before.ends_with(*r))?;
    let names = before.get(..before.len() - role.len())?.trim();
    if names.is_empty()
        || !names
            .chars()
            .all(|c| is_hangul(c) || matches!(c, ' ' | '·' | ','))
    {
        return None;
    }
    let found = reporter(names)?;
    if found.names.iter().any(|n| n.chars().count() > 5) {
        return None;
    }
    *s = save;
    s.eat(line.get(..eq + sign.len_utf8())?);
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Dateline, String, Option<Reporter>) {
        let parsed = parse(text).unwrap_or_else(|| panic!("no dateline in {text}"));
        let rest = text.get(parsed.consumed..).unwrap_or("").to_string();
        (parsed.dateline, rest, parsed.byline)
    }

    fn names(d: &Dateline) -> Vec<&str> {
        d.agencies.iter().map(|a| a.name.as_str()).collect()
    }

    #[test]
    fn xinhua_and_china_news_service() {
        let (d, rest, by) = read("新华社北京11月29日电（记者张三、李四）国家统计局29日发布数据。");
        assert_eq!(d.text, "新华社北京11月29日电");
        assert_eq!(d.city.as_deref(), Some("北京"));
        assert_eq!(d.date.map(|p| (p.month, p.day)), Some((Some(11), Some(29))));
        assert_eq!(names(&d), ["新华社"]);
        assert_eq!(rest, "国家统计局29日发布数据。");
        let by = by.unwrap();
        assert_eq!(by.text, "张三、李四");
        assert_eq!(by.names, ["张三", "李四"]);

        let (d, rest, by) = read("中新社上海11月28日电 (记者 王芳) 上海市今天宣布。");
        assert_eq!(d.city.as_deref(), Some("上海"));
        assert_eq!(names(&d), ["中新社"]);
        assert_eq!(rest, "上海市今天宣布。");
        assert_eq!(by.unwrap().names, ["王芳"]);

        let (d, rest, _) = read("新华社华盛顿11月28日电 美国商务部28日公布数据。");
        assert_eq!(d.city.as_deref(), Some("华盛顿"));
        assert_eq!(rest, "美国商务部28日公布数据。");
    }

    #[test]
    fn central_news_agency() {
        let (d, rest, by) = read("（中央社記者王小明台北29日電）行政院今天通過。");
        assert_eq!(d.text, "（中央社記者王小明台北29日電）");
        assert_eq!(d.city.as_deref(), Some("台北"));
        assert_eq!(names(&d), ["中央社"]);
        assert_eq!(rest, "行政院今天通過。");
        assert_eq!(by.unwrap().names, ["王小明"]);
        let (d, _, by) = read("（中央社台北29日電）行政院今天通過。");
        assert_eq!(d.city.as_deref(), Some("台北"));
        assert!(by.is_none());
    }

    #[test]
    fn japanese_brackets() {
        let (d, rest, _) = read("【北京共同】中国政府は29日、新たな対策を発表した。");
        assert_eq!(d.text, "【北京共同】");
        assert_eq!(d.city.as_deref(), Some("北京"));
        assert_eq!(names(&d), ["共同"]);
        assert_eq!(rest, "中国政府は29日、新たな対策を発表した。");

        let (d, _, _) = read("【ワシントン２８日時事】米政府は発表した。");
        assert_eq!(d.city.as_deref(), Some("ワシントン"));
        assert_eq!(d.date.and_then(|p| p.day), Some(28));
        assert_eq!(names(&d), ["時事"]);

        let (d, _, _) = read("【パリＡＦＰ＝時事】フランス政府は発表した。");
        assert_eq!(d.city.as_deref(), Some("パリ"));
        assert_eq!(names(&d), ["ＡＦＰ", "時事"]);

        let (d, _, by) = read("【ワシントン＝山田太郎】米政府は発表した。");
        assert_eq!(d.city.as_deref(), Some("ワシントン"));
        assert!(d.agencies.is_empty());
        assert_eq!(by.unwrap().names, ["山田太郎"]);
    }

    #[test]
    fn korean_place_and_press() {
        let (d, rest, by) = read("(서울=연합뉴스) 홍길동 기자 = 정부는 29일 새 대책을 발표했다.");
        assert_eq!(d.text, "(서울=연합뉴스)");
        assert_eq!(d.city.as_deref(), Some("서울"));
        assert_eq!(names(&d), ["연합뉴스"]);
        assert_eq!(rest, "정부는 29일 새 대책을 발표했다.");
        assert_eq!(by.unwrap().names, ["홍길동"]);

        let (d, rest, by) = read("[부산=뉴시스] 김철수·이영희 기자 = 부산시는 밝혔다.");
        assert_eq!(d.city.as_deref(), Some("부산"));
        assert_eq!(names(&d), ["뉴시스"]);
        assert_eq!(rest, "부산시는 밝혔다.");
        assert_eq!(by.unwrap().names, ["김철수", "이영희"]);

        let (d, rest, by) = read("(워싱턴=연합뉴스) 박영수 특파원 = 미국 정부는 밝혔다.");
        assert_eq!(d.city.as_deref(), Some("워싱턴"));
        assert_eq!(rest, "미국 정부는 밝혔다.");
        assert!(by.is_some());

        let (d, _, _) = read("(대전=뉴스핌) 정부는 밝혔다.");
        assert_eq!(names(&d), ["뉴스핌"]);
    }

    #[test]
    fn other_brackets_are_not_datelines() {
        for text in [
            "【速報】地震が発生",
            "(Reuters) - text",
            "[속보] 정부 발표",
            "（完）",
            "(2)",
            "新华社",
            "(서울) 정부는",
            "【】",
            "(=)",
        ] {
            assert!(parse(text).is_none(), "{text}");
        }
    }
}
