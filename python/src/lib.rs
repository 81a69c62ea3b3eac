//! newswire for Python: the `newswire._newswire` extension module, which the `newswire`
//! package (python/newswire/) re-exports. Every function parses and writes with the
//! interpreter released, so that threads convert in parallel.

#![forbid(unsafe_code)]

mod article;
mod errors;
mod options;
mod stream;

use std::borrow::Cow;
use std::io::Cursor;

use newswire::formats::{read_with, write_with};
use newswire::{ConvertOptions, Format};
use pyo3::exceptions::{PyOSError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

use article::Article;
use errors::{NewswireError, to_py};
use stream::{ArticleIterator, Source};

/// The bytes of `data`: a `bytes`, `bytearray` or `memoryview` as they are, a `str` as UTF-8.
fn input_bytes<'a>(data: &'a Bound<'_, PyAny>) -> PyResult<Cow<'a, [u8]>> {
    if let Ok(bytes) = data.cast::<PyBytes>() {
        return Ok(Cow::Borrowed(bytes.as_bytes()));
    }
    if let Ok(text) = data.cast::<PyString>() {
        return Ok(Cow::Owned(text.to_cow()?.into_owned().into_bytes()));
    }
    data.extract::<Vec<u8>>()
        .map(Cow::Owned)
        .map_err(|_| PyTypeError::new_err("newswire reads bytes (or a str, as UTF-8)"))
}

/// Reads every article of `data` (bytes, or a str): as `format`, else as the format detection
/// finds (from the content, then the extension of `name`, the input's file name).
#[pyfunction]
#[pyo3(signature = (data, format=None, language=None, *, name=None, timezone=None, encoding=None))]
fn read(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    format: Option<&str>,
    language: Option<String>,
    name: Option<&str>,
    timezone: Option<&str>,
    encoding: Option<&str>,
) -> PyResult<Vec<Article>> {
    let format = format.map(|f| options::format(py, f)).transpose()?;
    let options = options::reading(language, timezone, encoding, name)?;
    let bytes = input_bytes(data)?;
    let bytes: &[u8] = &bytes;
    let path = name.map(std::path::Path::new);
    let read = py.detach(|| newswire::read_input(bytes, format, path, &options));
    let read = read.map_err(|e| to_py(py, &e, name))?;
    Ok(read
        .articles
        .into_iter()
        .map(|inner| Article { inner })
        .collect())
}

/// The articles of a document one at a time (the streaming reader): `source` is a path (a
/// `str` or `os.PathLike`) or bytes. A large G2 `newsMessage`, feed or JSON array is read in
/// the memory of a few articles.
#[pyfunction]
#[pyo3(signature = (source, format=None, language=None, *, name=None, timezone=None, encoding=None))]
fn read_iter(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    format: Option<&str>,
    language: Option<String>,
    name: Option<String>,
    timezone: Option<&str>,
    encoding: Option<&str>,
) -> PyResult<ArticleIterator> {
    let format = format.map(|f| options::format(py, f)).transpose()?;
    let (source, name) = if source.is_instance_of::<PyBytes>() {
        (
            Source::Bytes(Cursor::new(input_bytes(source)?.into_owned())),
            name,
        )
    } else {
        let path: std::path::PathBuf = source.extract().map_err(|_| {
            PyTypeError::new_err("read_iter reads a path (str or os.PathLike) or bytes")
        })?;
        let file = std::fs::File::open(&path)
            .map_err(|e| PyOSError::new_err(format!("{}: {e}", path.display())))?;
        let name = name.or_else(|| Some(path.display().to_string()));
        (Source::File(file), name)
    };
    let options = options::reading(language, timezone, encoding, name.as_deref())?;
    stream::iterate(py, source, format, name, &options)
}

/// The articles written as one document of `format` (bytes).
#[pyfunction]
#[pyo3(signature = (articles, format, *, ninjs_version=None, fallback_time=None, provider=None))]
fn write<'py>(
    py: Python<'py>,
    articles: Vec<PyRef<'py, Article>>,
    format: &str,
    ninjs_version: Option<&str>,
    fallback_time: Option<&str>,
    provider: Option<String>,
) -> PyResult<Bound<'py, PyBytes>> {
    let format = options::format(py, format)?;
    let options = options::writing(ninjs_version, fallback_time, provider)?;
    let articles: Vec<newswire::model::Article> =
        articles.iter().map(|a| a.inner.clone()).collect();
    let written = py.detach(|| write_with(&articles, format, &options));
    let written = written.map_err(|e| to_py(py, &e, None))?;
    Ok(PyBytes::new(py, &written))
}

/// `data` converted to `to` (bytes): what `newswire convert --to TO --stdout FILE` writes.
/// `format` (else detection, with `name`'s extension) and the options of `read` and `write`.
#[pyfunction]
#[pyo3(signature = (data, to, *, format=None, name=None, language=None, timezone=None, encoding=None, ninjs_version=None, fallback_time=None, provider=None))]
#[allow(clippy::too_many_arguments)] // Python's keyword arguments, one each.
fn convert<'py>(
    py: Python<'py>,
    data: &Bound<'py, PyAny>,
    to: &str,
    format: Option<&str>,
    name: Option<&str>,
    language: Option<String>,
    timezone: Option<&str>,
    encoding: Option<&str>,
    ninjs_version: Option<&str>,
    fallback_time: Option<&str>,
    provider: Option<String>,
) -> PyResult<Bound<'py, PyBytes>> {
    let to = options::format(py, to)?;
    let mut options = ConvertOptions::new()
        .with_reading(options::reading(language, timezone, encoding, name)?)
        .with_writing(options::writing(ninjs_version, fallback_time, provider)?);
    options.from = format.map(|f| options::format(py, f)).transpose()?;
    options.path = name.map(std::path::Path::new);
    let bytes = input_bytes(data)?;
    let bytes: &[u8] = &bytes;
    let converted = py.detach(|| newswire::convert(bytes, to, &options));
    let converted = converted.map_err(|e| to_py(py, &e, name))?;
    Ok(PyBytes::new(py, &converted.output))
}

/// The format of `data`, by its content, else by the extension of `name`.
#[pyfunction]
#[pyo3(signature = (data, name=None))]
fn detect(py: Python<'_>, data: &Bound<'_, PyAny>, name: Option<&str>) -> PyResult<&'static str> {
    let bytes = input_bytes(data)?;
    let path = name.map(std::path::Path::new);
    newswire::detect(&bytes, path)
        .map(Format::name)
        .map_err(|e| to_py(py, &e, name))
}

/// Every format newswire knows: a dict each with its `name`, `description`, `extensions`, and
/// whether newswire `reads` and `writes` it.
#[pyfunction]
fn formats(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    Format::ALL
        .into_iter()
        .map(|format| {
            let entry = PyDict::new(py);
            entry.set_item("name", format.name())?;
            entry.set_item("description", format.description())?;
            entry.set_item("extensions", format.extensions().to_vec())?;
            entry.set_item("reads", format.can_read())?;
            entry.set_item("writes", format.can_write())?;
            Ok(entry)
        })
        .collect()
}

/// For the benchmark: reads `data` as `format` in Rust alone (no Python object is made) and
/// says how many articles it holds, so that Python's cost is measured against the library's
/// on the same bytes, in the same process.
#[pyfunction]
fn _read_in_rust(py: Python<'_>, data: &Bound<'_, PyBytes>, format: &str) -> PyResult<usize> {
    let format = options::format(py, format)?;
    let bytes = data.as_bytes();
    let read = py.detach(|| read_with(bytes, format, &Default::default()));
    read.map(|articles| articles.len())
        .map_err(|e| to_py(py, &e, None))
}

#[pymodule]
fn _newswire(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<Article>()?;
    module.add_class::<ArticleIterator>()?;
    module.add("NewswireError", module.py().get_type::<NewswireError>())?;
    module.add_function(wrap_pyfunction!(read, module)?)?;
    module.add_function(wrap_pyfunction!(read_iter, module)?)?;
    module.add_function(wrap_pyfunction!(write, module)?)?;
    module.add_function(wrap_pyfunction!(convert, module)?)?;
    module.add_function(wrap_pyfunction!(detect, module)?)?;
    module.add_function(wrap_pyfunction!(formats, module)?)?;
    module.add_function(wrap_pyfunction!(_read_in_rust, module)?)?;
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
