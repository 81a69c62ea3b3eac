//! Who owns a temporary file: the process id and the process's start time (in clock ticks since
//! boot, from `/proc/PID/stat`), written into the file's name. A run removes another run's
//! temporary files only when that process is gone: no process has the id, or the one that has
//! it started at another time (the id was reused). Where there is no `/proc` the start time is
//! unknown and nothing is ever taken for gone: leftovers are kept rather than risk deleting a
//! live run's files.

use std::sync::OnceLock;

/// A process, as temporary file names record it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Owner {
    pub pid: u32,
    /// Start time in clock ticks since boot; 0 when unknown.
    pub start: u64,
}

impl Owner {
    /// This process.
    pub fn this() -> Owner {
        static THIS: OnceLock<Owner> = OnceLock::new();
        *THIS.get_or_init(|| {
            let pid = std::process::id();
            Owner {
                pid,
                start: start_time(pid).unwrap_or(0),
            }
        })
    }

    /// `PID-START`, as it appears in names.
    pub fn tag(self) -> String {
        format!("{}-{}", self.pid, self.start)
    }

    /// Reads `PID-START` at the start of `text`; the rest of `text` must start with `-` or
    /// be empty.
    pub fn parse(text: &str) -> Option<Owner> {
        let mut parts = text.splitn(3, '-');
        let pid = parts.next()?.parse().ok()?;
        let start = parts.next()?.parse().ok()?;
        Some(Owner { pid, start })
    }

    /// True only when the process is certainly gone (see the module's doc).
    pub fn is_gone(self) -> bool {
        let this = Owner::this();
        if self == this || this.start == 0 || self.start == 0 {
            return false;
        }
        match std::fs::read_to_string(format!("/proc/{}/stat", self.pid)) {
            Ok(stat) => parse_start(&stat).is_some_and(|start| start != self.start),
            Err(e) => e.kind() == std::io::ErrorKind::NotFound,
        }
    }
}

fn start_time(pid: u32) -> Option<u64> {
    parse_start(&std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?)
}

/// Field 22 of `/proc/PID/stat`, `starttime`. The command name (field 2) is in parentheses and
/// may hold spaces and parentheses itself, so the fields are counted after its last `)`.
fn parse_start(stat: &str) -> Option<u64> {
    let (_, after_name) = stat.rsplit_once(')')?;
    // Field 3 (state) is the first after the name: starttime is 19 further.
    after_name.split_whitespace().nth(19)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_time_is_field_22_even_when_the_name_has_parentheses() {
        let stat =
            "4242 (a) b) (c) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 10";
        assert_eq!(parse_start(stat), Some(987654));
        assert_eq!(parse_start("garbage"), None);
    }

    #[test]
    fn tags_read_back() {
        let owner = Owner { pid: 17, start: 99 };
        assert_eq!(Owner::parse(&owner.tag()), Some(owner));
        assert_eq!(Owner::parse("17-99-3"), Some(owner));
        assert_eq!(Owner::parse("17"), None);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn this_process_is_alive_and_a_reused_id_is_not_its_owner() {
        let this = Owner::this();
        assert_ne!(this.start, 0, "/proc gives the start time");
        assert!(!this.is_gone());
        let parent = Owner {
            pid: std::os::unix::process::parent_id(),
            start: 1,
        };
        assert!(parent.is_gone(), "same id, another start time");
        assert!(
            Owner {
                pid: u32::MAX - 1,
                start: 5
            }
            .is_gone()
        );
    }
}
