//! The keyword arguments of the Python functions as newswire's options: names parsed as the
//! command line parses them, a `ValueError` for a name newswire does not know.

use newswire::Format;
use newswire::formats::{InputEncoding, NinjsVersion, ReadOptions, Tz, WriteOptions};
use newswire::model::Timestamp;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// A format by one of its names or aliases (`newswire.formats()` lists them); a
/// `NewswireError` (kind `unknown_name`) for another name.
pub fn format(py: Python<'_>, name: &str) -> PyResult<Format> {
    name.parse()
        .map_err(|e: newswire::Error| crate::errors::to_py(py, &e, None))
}

/// How an input is read: its language when it says none, the time zone of its times without an
/// offset, the encoding it is in, and its name (a photo links to its file by the file name, as
/// the command line's photos do).
pub fn reading(
    language: Option<String>,
    timezone: Option<&str>,
    encoding: Option<&str>,
    name: Option<&str>,
) -> PyResult<ReadOptions> {
    let mut options = ReadOptions::default();
    options.language = language;
    if let Some(zone) = timezone {
        let zone: Tz = zone.parse().map_err(|_| {
            PyValueError::new_err(format!(
                "unknown time zone {zone:?} (an IANA name: Europe/Rome)"
            ))
        })?;
        options.time_zone = Some(zone);
    }
    if let Some(encoding) = encoding {
        let encoding: InputEncoding = encoding
            .parse()
            .map_err(|e: newswire::Error| PyValueError::new_err(e.to_string()))?;
        options.encoding = Some(encoding);
    }
    options.source_name = name
        .and_then(|name| std::path::Path::new(name).file_name())
        .map(|file| file.to_string_lossy().into_owned());
    Ok(options)
}

/// How articles are written: the ninjs version, the time and the provider for articles that
/// have none.
pub fn writing(
    ninjs_version: Option<&str>,
    fallback_time: Option<&str>,
    provider: Option<String>,
) -> PyResult<WriteOptions> {
    let mut options = WriteOptions::default();
    if let Some(version) = ninjs_version {
        let version: NinjsVersion = version
            .parse()
            .map_err(|e: newswire::Error| PyValueError::new_err(e.to_string()))?;
        options.ninjs_version = version;
    }
    if let Some(time) = fallback_time {
        let parsed = Timestamp::parse(time)
            .filter(|t| t.offset().is_some())
            .ok_or_else(|| {
                PyValueError::new_err(format!(
                    "not a time with an offset: {time:?} (RFC 3339: 2026-11-29T10:15:00Z)"
                ))
            })?;
        options.fallback_time = Some(parsed);
    }
    options.fallback_provider = provider;
    Ok(options)
}
