//! People and organisations: [`Party`] and [`Author`].

use serde::{Deserialize, Serialize};

/// An organisation or person named by an identifier, a name, or both (a provider, a source, a
/// copyright holder).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Party {
    /// A QCode (`nprov:AFP`) or URI identifying the party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The display name (`Agence France-Presse`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Party {
    /// A party known by name only.
    pub fn named(name: impl Into<String>) -> Party {
        Party {
            id: None,
            name: Some(name.into()),
        }
    }

    /// The name, else the identifier: the first that is not blank (a blank name is no name).
    ///
    /// ```
    /// use newswire::model::Party;
    /// let mut party = Party::named(" ");
    /// party.id = Some("urn:example:wire".into());
    /// assert_eq!(party.label(), Some("urn:example:wire"));
    /// ```
    pub fn label(&self) -> Option<&str> {
        [self.name.as_deref(), self.id.as_deref()]
            .into_iter()
            .flatten()
            .find(|text| !text.trim().is_empty())
    }
}

/// Someone who wrote or contributed to a story.
///
/// G2: `CM/creator` or `CM/contributor` (FlexAuthor: `@qcode`/`@uri`/`@literal`, `@role`,
/// `@jobtitle`, `name`). JSON-LD: `author`/`contributor` (Person). Atom: `author`/`contributor`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Author {
    /// The name as printed.
    pub name: String,
    /// A QCode or URI identifying the person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Whether the person created the story or contributed to it.
    #[serde(skip_serializing_if = "AuthorKind::is_creator")]
    pub kind: AuthorKind,
    /// The role as a QCode or word (`crol:writer`, `editor`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// A job title (`Associated Press writer`). G2 `@jobtitle` takes only a QCode, so free text
    /// goes to a `note` there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
}

impl Author {
    /// A creator known by name only.
    pub fn named(name: impl Into<String>) -> Author {
        Author {
            name: name.into(),
            ..Author::default()
        }
    }
}

/// Creator or contributor, the distinction G2, JSON-LD and Atom all make.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum AuthorKind {
    /// Wrote or made the content (G2 `creator`, JSON-LD and Atom `author`).
    #[default]
    Creator,
    /// Contributed to it (G2, JSON-LD and Atom `contributor`).
    Contributor,
}

impl AuthorKind {
    fn is_creator(&self) -> bool {
        *self == AuthorKind::Creator
    }
}

with_setters!(Party {
    some with_id(id: String);
});

with_setters!(Author {
    some with_id(id: String);
    set with_kind(kind: AuthorKind);
    some with_role(role: String);
    some with_job_title(job_title: String);
});
