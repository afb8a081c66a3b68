//! The walk that pairs the two versions: which code and which endpoint of one is which of
//! the other, and what each pair's change is.

use super::codes::{
    code_added, code_changed, code_removed, default_description_changed, default_message_changed,
    default_retry_changed, default_status_changed, error_type_changed,
};
use super::endpoints::{
    endpoint_added, endpoint_removed, entry_changed, route_changed, transport_changed,
};
use super::wire::{
    code_type_changed, field_added, field_changed, field_removed, media_type_changed,
    pointer_changed, widget_changed,
};
use super::{Change, Kind, Semver};
use error_catalog_codegen::model::{Catalog, Code, Endpoint, Entry};
use error_catalog_codegen::template::Template;

/// Both catalogs, and which code of one is which code of the other.
pub(super) struct Versions<'a> {
    old: &'a Catalog,
    new: &'a Catalog,
    /// For each old code, the index of the same code in `new`.
    forward: Vec<Option<usize>>,
    /// For each new code, the index of the same code in `old`.
    backward: Vec<Option<usize>>,
}

/// One code in both versions.
#[derive(Clone, Copy)]
pub(super) struct Same<'a> {
    pub(super) old: &'a Code,
    pub(super) new: &'a Code,
    old_index: usize,
    new_index: usize,
}

/// One endpoint's entry for a code in both versions.
#[derive(Clone, Copy)]
pub(super) struct EntryPair<'a> {
    pub(super) code: Same<'a>,
    pub(super) old: &'a Entry,
    pub(super) new: &'a Entry,
}

impl<'a> EntryPair<'a> {
    /// The entries for `code` of an endpoint in both versions, if both list it.
    fn of(old: &'a Endpoint, new: &'a Endpoint, code: Same<'a>) -> Option<Self> {
        Some(Self {
            code,
            old: old.entries.iter().find(|e| e.code == code.old_index)?,
            new: new.entries.iter().find(|e| e.code == code.new_index)?,
        })
    }
}

impl<'a> Versions<'a> {
    /// Matches codes by text, then those left by name: a name is unique in a catalog,
    /// so a code whose text changed under the same name is still that variant.
    pub(super) fn new(old: &'a Catalog, new: &'a Catalog) -> Self {
        let mut forward: Vec<Option<usize>> = old
            .codes
            .iter()
            .map(|o| new.codes.iter().position(|n| n.code == o.code))
            .collect();
        for (index, code) in old.codes.iter().enumerate() {
            if forward[index].is_some() {
                continue;
            }
            let by_name = new
                .codes
                .iter()
                .enumerate()
                .position(|(at, n)| n.name == code.name && !forward.contains(&Some(at)));
            forward[index] = by_name;
        }
        let mut backward = vec![None; new.codes.len()];
        for (old_index, new_index) in forward.iter().enumerate() {
            if let Some(slot) = new_index.and_then(|n| backward.get_mut(n)) {
                *slot = Some(old_index);
            }
        }
        Self {
            old,
            new,
            forward,
            backward,
        }
    }

    fn same(&self, new_index: usize) -> Option<Same<'a>> {
        let old_index = self.backward.get(new_index).copied().flatten()?;
        Some(Same {
            old: self.old.codes.get(old_index)?,
            new: self.new.codes.get(new_index)?,
            old_index,
            new_index,
        })
    }

    /// The endpoint with `key` in the old version, and in the new one.
    fn old_endpoint(&self, key: &str) -> Option<&'a Endpoint> {
        self.old.endpoints.iter().find(|e| e.key == key)
    }

    fn new_endpoint(&self, key: &str) -> Option<&'a Endpoint> {
        self.new.endpoints.iter().find(|e| e.key == key)
    }

    /// Endpoints (new order) listing `code` in both versions.
    fn listing(&self, code: Same<'a>) -> Vec<(&'a Endpoint, EntryPair<'a>)> {
        self.new
            .endpoints
            .iter()
            .filter_map(|new| {
                let old = self.old_endpoint(&new.key)?;
                Some((new, EntryPair::of(old, new, code)?))
            })
            .collect()
    }

    /// Endpoints listing `code` in both versions whose entry keeps the code's default
    /// (by `keeps`) in both.
    fn keeping(&self, code: Same<'a>, keeps: impl Fn(&Entry, &Code) -> bool) -> Vec<&'a Endpoint> {
        self.listing(code)
            .into_iter()
            .filter(|(_, pair)| keeps(pair.old, code.old) && keeps(pair.new, code.new))
            .map(|(endpoint, _)| endpoint)
            .collect()
    }

    pub(super) fn catalog(&self, changes: &mut Vec<Change>) {
        let (old, new) = (self.old, self.new);
        if old.code_type != new.code_type {
            changes.push(code_type_changed(old.code_type, new.code_type));
        }
        if old.name != new.name {
            changes.push(
                Change::new(
                    Kind::CatalogRenamed,
                    Semver::Patch,
                    format!("catalog: name {} -> {}", old.name, new.name),
                )
                .values(Some(old.name.clone()), Some(new.name.clone()))
                .verdict(
                    "compile unchanged; `Code::CATALOG.name` and the docs change",
                    "nothing they send changes",
                ),
            );
        }
        if old.description != new.description {
            changes.push(
                Change::new(
                    Kind::DescriptionChanged,
                    Semver::Patch,
                    "catalog: description changed".to_owned(),
                )
                .values(old.description.clone(), new.description.clone())
                .verdict("compile unchanged; docs only", "nothing they send changes"),
            );
        }
    }

    pub(super) fn wire(&self, changes: &mut Vec<Change>) {
        let (old, new) = (&self.old.wire, &self.new.wire);
        let pointers = [
            ("code", &old.code, &new.code),
            ("description", &old.description, &new.description),
            ("status", &old.status, &new.status),
        ];
        if old.message != new.message {
            changes.push(pointer_changed(
                "message",
                Some(&old.message),
                Some(&new.message),
            ));
        }
        for (name, before, after) in pointers {
            if before != after {
                changes.push(pointer_changed(name, before.as_ref(), after.as_ref()));
            }
        }
        if old.media_type != new.media_type {
            changes.push(media_type_changed(
                old.media_type.as_deref(),
                new.media_type.as_deref(),
            ));
        }
        let widget = |w: &Option<Template>| w.as_ref().map(|t| t.text.clone());
        if widget(&old.widget) != widget(&new.widget) {
            changes.push(widget_changed(widget(&old.widget), widget(&new.widget)));
        }
    }

    pub(super) fn wire_fields(&self, changes: &mut Vec<Change>) {
        let (old, new) = (&self.old.wire.fields, &self.new.wire.fields);
        for before in old {
            match new.iter().find(|f| f.name == before.name) {
                None => changes.push(field_removed(before)),
                Some(after) => changes.extend(field_changed(before, after)),
            }
        }
        let first = old.is_empty();
        for after in new.iter().filter(|f| !old.iter().any(|o| o.name == f.name)) {
            changes.push(field_added(after, first));
        }
    }

    pub(super) fn codes(&self, changes: &mut Vec<Change>) {
        for (new_index, code) in self.new.codes.iter().enumerate() {
            match self.same(new_index) {
                Some(same) => self.code_changes(same, changes),
                None => changes.push(code_added(code)),
            }
        }
        for (old_index, code) in self.old.codes.iter().enumerate() {
            if self.forward.get(old_index).copied().flatten().is_none() {
                changes.push(code_removed(code));
            }
        }
        let kept: Vec<usize> = self.forward.iter().flatten().copied().collect();
        if !kept.is_sorted() {
            changes.push(
                Change::new(
                    Kind::CodesReordered,
                    Semver::Minor,
                    "catalog: codes reordered".to_owned(),
                )
                .verdict(
                    "compile unchanged; at run time `Code`'s `Ord`, `Code::ALL` and `Code::X as usize` follow the new order",
                    "nothing they send changes",
                ),
            );
        }
    }

    fn code_changes(&self, same: Same<'a>, changes: &mut Vec<Change>) {
        let (old, new) = (same.old, same.new);
        if old.name != new.name {
            changes.push(self.renamed(same));
        }
        if old.code != new.code {
            changes.push(code_changed(old, new));
        }
        if old.error_type != new.error_type {
            changes.push(error_type_changed(old, new));
        }
        if old.status != new.status {
            let kept = self.keeping(same, |e, c| e.status == c.status);
            changes.push(default_status_changed(old, new, &kept));
        }
        if old.message.text != new.message.text {
            let kept = self.keeping(same, |e, c| e.message.text == c.message.text);
            changes.push(default_message_changed(old, new, &kept));
        }
        if old.description != new.description {
            let kept = self.keeping(same, |e, c| e.description == c.description);
            changes.push(default_description_changed(old, new, &kept, self.echoes()));
        }
        if old.retry != new.retry {
            let kept = self.keeping(same, |e, c| e.retry == c.retry);
            changes.push(default_retry_changed(old, new, &kept));
        }
    }

    /// Whether new bodies echo the description, so a changed one is on the wire.
    fn echoes(&self) -> bool {
        self.new.wire.description.is_some()
    }

    fn renamed(&self, same: Same<'a>) -> Change {
        let (old, new) = (&same.old.name, &same.new.name);
        let enums: Vec<String> = self
            .listing(same)
            .iter()
            .map(|(e, _)| format!(", {}", e.enum_name))
            .collect();
        let enums = enums.concat();
        Change::new(
            Kind::VariantRenamed,
            Semver::Major,
            format!("code {}: renamed {old} -> {new} (Code{enums})", same.new.code),
        )
        .code(&same.new.code, format!("Code::{new}"))
        .values(Some(old.clone()), Some(new.clone()))
        .verdict(
            format!("code naming the variant {old} (of Code{enums}) stops compiling; nothing changes at run time"),
            format!("code building the variant {old} stops compiling; the wire is unchanged"),
        )
    }

    pub(super) fn endpoints(&self, changes: &mut Vec<Change>) {
        for new in &self.new.endpoints {
            match self.old_endpoint(&new.key) {
                Some(old) => self.endpoint_changes(old, new, changes),
                None => changes.push(endpoint_added(new)),
            }
        }
        for old in &self.old.endpoints {
            if self.new_endpoint(&old.key).is_none() {
                changes.push(endpoint_removed(old));
            }
        }
    }

    fn endpoint_changes(&self, old: &'a Endpoint, new: &'a Endpoint, changes: &mut Vec<Change>) {
        if old.transport != new.transport {
            changes.push(transport_changed(old, new));
        }
        if (&old.method, &old.path) != (&new.method, &new.path) {
            changes.push(route_changed(old, new));
        }
        if old.description != new.description {
            changes.push(
                Change::new(
                    Kind::DescriptionChanged,
                    Semver::Patch,
                    format!("endpoint {}: description changed", new.key),
                )
                .endpoint(new)
                .values(old.description.clone(), new.description.clone())
                .verdict(
                    format!("compile unchanged; docs of {} only", new.enum_name),
                    "nothing they send changes",
                ),
            );
        }
        for entry in &new.entries {
            self.entry_changes(old, new, entry, changes);
        }
        for entry in &old.entries {
            let gone = self.forward.get(entry.code).copied().flatten();
            if !gone.is_some_and(|n| new.entries.iter().any(|e| e.code == n)) {
                changes.extend(self.variant_removed(new, entry));
            }
        }
        if !self.same_order(old, new) {
            changes.push(
                Change::new(
                    Kind::VariantsReordered,
                    Semver::Patch,
                    format!("endpoint {}: codes reordered", new.key),
                )
                .endpoint(new)
                .verdict(
                    format!(
                        "compile unchanged; {}::CODES lists them in the new order",
                        new.enum_name
                    ),
                    "nothing they send changes",
                ),
            );
        }
    }

    /// Whether the codes both versions of an endpoint list come in the same order.
    fn same_order(&self, old: &Endpoint, new: &Endpoint) -> bool {
        let kept: Vec<usize> = old
            .entries
            .iter()
            .filter_map(|e| self.forward.get(e.code).copied().flatten())
            .filter_map(|n| new.entries.iter().position(|e| e.code == n))
            .collect();
        kept.is_sorted()
    }

    fn entry_changes(
        &self,
        old: &'a Endpoint,
        new: &'a Endpoint,
        entry: &Entry,
        changes: &mut Vec<Change>,
    ) {
        let Some(code) = self.new.codes.get(entry.code) else {
            return;
        };
        let pair = self
            .same(entry.code)
            .and_then(|same| EntryPair::of(old, new, same));
        // Statuses come and go with the transport, whose own line says so.
        let transport_kept = old.transport == new.transport;
        match pair {
            Some(pair) => changes.extend(
                entry_changed(new, pair, self.echoes())
                    .into_iter()
                    .filter(|c| transport_kept || c.kind != Kind::StatusChanged),
            ),
            None => changes.push(self.variant_added(new, code)),
        }
    }

    fn variant_added(&self, endpoint: &Endpoint, code: &Code) -> Change {
        let variant = format!("{}::{}", endpoint.enum_name, code.name);
        let known = self.old.codes.iter().any(|c| c.code == code.code);
        let old_clients = if known {
            "NotForEndpoint"
        } else {
            "UnknownCode"
        };
        Change::new(
            Kind::VariantAdded,
            Semver::Major,
            format!(
                "endpoint {}: code {} added as {variant}",
                endpoint.key, code.code
            ),
        )
        .code(&code.code, variant.clone())
        .endpoint(endpoint)
        .values(None, Some(variant))
        .verdict(
            format!(
                "a match on {} without it stops compiling",
                endpoint.enum_name
            ),
            format!(
                "may now send it (clients on the old catalog read it as Unexpected, {old_clients})"
            ),
        )
    }

    fn variant_removed(&self, endpoint: &Endpoint, entry: &Entry) -> Option<Change> {
        let code = self.old.codes.get(entry.code)?;
        let variant = format!("{}::{}", endpoint.enum_name, code.name);
        let still = self.new.codes.iter().any(|c| c.code == code.code);
        let read_as = if still {
            "NotForEndpoint"
        } else {
            "UnknownCode"
        };
        Some(
            Change::new(
                Kind::VariantRemoved,
                Semver::Major,
                format!("endpoint {}: code {} removed ({variant})", endpoint.key, code.code),
            )
            .code(&code.code, variant.clone())
            .endpoint(endpoint)
            .values(Some(variant.clone()), None)
            .verdict(
                format!("code naming {variant} stops compiling"),
                format!("code building {variant} stops compiling; one that still sends {} here drifts: clients read it as Unexpected, {read_as}", code.code),
            ),
        )
    }
}
