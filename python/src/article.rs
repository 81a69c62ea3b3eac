//! `newswire.Article`: one article of the model, held as the Rust value (reading builds one
//! Python object per article, and a field becomes Python objects only when it is asked for).
//! Each field of `newswire::model::Article` is an attribute, read and written in its `json`
//! form (strings, numbers, lists and dicts; times as RFC 3339 strings); `to_dict()` and
//! `from_dict()` give and take the whole article in that form.

use newswire::model;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use pythonize::{depythonize, pythonize};

/// An article of the model. `Article()` is an empty one; `Article.from_dict(d)` one from the
/// `json` form.
#[pyclass(module = "newswire", name = "Article", eq, skip_from_py_object)]
#[derive(Clone, PartialEq)]
pub struct Article {
    pub inner: model::Article,
}

/// A value of the `json` form as Python objects.
fn to_python<'py, T: serde::Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    pythonize(py, value).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// A value of the `json` form from Python objects; a `ValueError` naming `what` when it is not
/// one.
fn from_python<T: serde::de::DeserializeOwned>(
    value: &Bound<'_, PyAny>,
    what: &str,
) -> PyResult<T> {
    depythonize(value).map_err(|e| PyValueError::new_err(format!("{what}: {e}")))
}

/// Declares the class's methods: a getter and a setter for each field (named as the model's
/// field), and the methods every article has.
macro_rules! article_methods {
    ($($field:ident / $setter:ident),* $(,)?) => {
        #[pymethods]
        impl Article {
            #[new]
            fn new() -> Article {
                Article { inner: model::Article::default() }
            }

            /// The article in the `json` form: a dict (what `newswire.write([a], "json")`
            /// writes, as Python objects).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_python(py, &self.inner)
            }

            /// An article from the `json` form (a dict as `to_dict()` gives it).
            #[staticmethod]
            fn from_dict(value: &Bound<'_, PyDict>) -> PyResult<Article> {
                Ok(Article { inner: from_python(value.as_any(), "not an article")? })
            }

            fn __repr__(&self) -> String {
                let shown = self.inner.headline.as_deref().or(self.inner.title.as_deref());
                match (&self.inner.id, shown) {
                    (Some(id), Some(text)) => format!("<Article {id:?}: {text:?}>"),
                    (Some(id), None) => format!("<Article {id:?}>"),
                    (None, Some(text)) => format!("<Article {text:?}>"),
                    (None, None) => "<Article>".to_string(),
                }
            }

            fn __copy__(&self) -> Article {
                self.clone()
            }

            fn __deepcopy__(&self, _memo: &Bound<'_, PyAny>) -> Article {
                self.clone()
            }

            $(
                #[getter]
                fn $field<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    to_python(py, &self.inner.$field)
                }

                #[setter($field)]
                fn $setter(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
                    self.inner.$field = from_python(value, stringify!($field))?;
                    Ok(())
                }
            )*
        }
    };
}

article_methods! {
    id / set_id,
    version / set_version,
    kind / set_kind,
    language / set_language,
    title / set_title,
    headline / set_headline,
    subheadline / set_subheadline,
    headlines / set_headlines,
    slugline / set_slugline,
    keywords / set_keywords,
    subjects / set_subjects,
    genres / set_genres,
    services / set_services,
    sections / set_sections,
    byline / set_byline,
    authors / set_authors,
    dateline / set_dateline,
    credit / set_credit,
    provider / set_provider,
    sources / set_sources,
    rights / set_rights,
    priority / set_priority,
    urgency / set_urgency,
    pub_status / set_pub_status,
    embargo / set_embargo,
    created / set_created,
    modified / set_modified,
    published / set_published,
    editorial_notes / set_editorial_notes,
    description / set_description,
    descriptions / set_descriptions,
    body / set_body,
    word_count / set_word_count,
    links / set_links,
    associations / set_associations,
    extensions / set_extensions,
    warnings / set_warnings,
}
