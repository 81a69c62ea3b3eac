//! Output names, as a function of the input set alone (never of thread timing).
//!
//! The rule: an output keeps the input's whole file name and adds the format's extension
//! (`story.txt` → `story.txt.atom`), below `-o DIR` at the input's path below its root. Inputs
//! that differ only in their extension (`s.txt` and `s.text`, a story as `x.xml` and `x.txt`)
//! or whose "extension" is not one (`tag_reuters.com_2016_...`) never share an output. One
//! output per article is `NAME-N.EXT` (`feed.rss-2.nitf`).
//!
//! Two inputs can still claim one name, and then the rule says which one has it, from the
//! names alone: an input at the same relative path under an earlier root (`-o out a/ b/`, both
//! holding `s.txt`) wins over a later one, and an input whose plain output is `NAME-N.EXT` wins
//! over the N-th article of `NAME`.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::escape;
use crate::inputs::{self, Input, Selection};

/// Where output `part` (numbered from 1, `None` for the only one) of the input at `relative`
/// goes below `dir`, with `extension`.
pub fn output_path(dir: &Path, relative: &Path, extension: &str, part: Option<usize>) -> PathBuf {
    let mut name = relative
        .file_name()
        .map_or_else(|| OsString::from("output"), OsString::from);
    if let Some(n) = part {
        name.push(format!("-{n}"));
    }
    name.push(".");
    name.push(extension);
    match relative.parent() {
        Some(parent) => dir.join(parent).join(name),
        None => dir.join(name),
    }
}

/// The roots on the command line, for telling which input owns an output name.
pub struct Roots<'a> {
    roots: Vec<Root<'a>>,
    /// The first root named directly with each relative name (`stdin` for `-`).
    named: HashMap<PathBuf, usize>,
    selection: &'a Selection,
}

enum Root<'a> {
    /// A file (or `-`): its relative name is in `named`.
    Named,
    /// A directory, as given and canonical.
    Walked(&'a Path, Option<PathBuf>),
}

impl<'a> Roots<'a> {
    pub fn new(roots: &'a [PathBuf], selection: &'a Selection) -> Roots<'a> {
        let mut named = HashMap::new();
        let roots = roots
            .iter()
            .enumerate()
            .map(|(index, root)| {
                if inputs::is_walked(root) {
                    Root::Walked(root, root.canonicalize().ok())
                } else {
                    let relative = inputs::named_relative(root);
                    named.entry(relative).or_insert(index);
                    Root::Named
                }
            })
            .collect();
        Roots {
            roots,
            named,
            selection,
        }
    }

    /// The input at `relative` under the first root before `before` that has one.
    pub fn earlier_input(&self, relative: &Path, before: usize) -> Option<PathBuf> {
        let named = self.named.get(relative).copied().filter(|&i| i < before);
        self.roots
            .iter()
            .take(before)
            .enumerate()
            .find_map(|(index, root)| match root {
                Root::Named => (Some(index) == named).then(|| relative.to_path_buf()),
                Root::Walked(dir, canonical) => self
                    .selection
                    .walk_lists(dir, canonical.as_deref(), relative)
                    .then(|| dir.join(relative)),
            })
    }

    /// Why `input` may not write its only output: an earlier root has an input at the same
    /// relative path.
    pub fn plain_conflict(&self, input: &Input, target: &Path) -> Option<String> {
        let other = self.earlier_input(&input.relative, input.root)?;
        Some(format!(
            "{} is the output of {}, named earlier, which has the same path below its input \
             directory; convert them into separate output directories",
            escape::path(target),
            escape::path(&other)
        ))
    }

    /// Why `input` may not write its article `part` as `target`: an input (in any root) is
    /// named like that article's output, and its own output has the name.
    pub fn part_conflict(&self, input: &Input, part: usize, target: &Path) -> Option<String> {
        let mut name = input.relative.as_os_str().to_os_string();
        name.push(format!("-{part}"));
        let other = self.earlier_input(Path::new(&name), usize::MAX)?;
        Some(format!(
            "article {part} would be written as {}, the output of the input {}",
            escape::path(target),
            escape::path(&other)
        ))
    }
}
