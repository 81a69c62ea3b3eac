//! `newswire.read_iter`: the articles of a large multi-article document one at a time (the
//! streaming reader), so that a G2 `newsMessage`, an Atom or RSS feed or a JSON array of any
//! size is read in the memory of a few articles. The interpreter is released while each
//! article is read.

use std::fs::File;
use std::io::{Cursor, Read, Seek};

use newswire::Format;
use newswire::formats::{Articles, ReadOptions, read_iter};
use pyo3::exceptions::PyOSError;
use pyo3::prelude::*;

use crate::article::Article;
use crate::errors::to_py;

/// How much of a file detection looks at.
const HEAD: u64 = 64 * 1024;

/// What is read from: a file, or bytes the caller gave.
pub enum Source {
    File(File),
    Bytes(Cursor<Vec<u8>>),
}

impl Read for Source {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Source::File(file) => file.read(buf),
            Source::Bytes(bytes) => bytes.read(buf),
        }
    }
}

/// The articles of a document, as a Python iterator.
#[pyclass(module = "newswire", name = "ArticleIterator")]
pub struct ArticleIterator {
    articles: Option<Articles<Source>>,
    name: Option<String>,
}

#[pymethods]
impl ArticleIterator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Article>> {
        let Some(articles) = self.articles.as_mut() else {
            return Ok(None);
        };
        match py.detach(|| articles.next()) {
            Some(Ok(article)) => Ok(Some(Article { inner: article })),
            Some(Err(error)) => {
                // An error ends the document: what follows it is not read.
                self.articles = None;
                Err(to_py(py, &error, self.name.as_deref()))
            }
            None => {
                self.articles = None;
                Ok(None)
            }
        }
    }
}

/// The iterator over `source`'s articles, read as `format` (else the format detection finds in
/// its head and `name`).
pub fn iterate(
    py: Python<'_>,
    mut source: Source,
    format: Option<Format>,
    name: Option<String>,
    options: &ReadOptions,
) -> PyResult<ArticleIterator> {
    let format = match format {
        Some(format) => format,
        None => {
            let mut head = Vec::new();
            let detected = py.detach(|| -> std::io::Result<Vec<u8>> {
                (&mut source).take(HEAD).read_to_end(&mut head)?;
                match &mut source {
                    Source::File(file) => file.rewind()?,
                    Source::Bytes(bytes) => bytes.rewind()?,
                }
                Ok(head)
            });
            let head = detected.map_err(|e| PyOSError::new_err(e.to_string()))?;
            let path = name.as_deref().map(std::path::Path::new);
            newswire::detect(&head, path).map_err(|e| to_py(py, &e, name.as_deref()))?
        }
    };
    Ok(ArticleIterator {
        articles: Some(read_iter(source, format, options)),
        name,
    })
}
