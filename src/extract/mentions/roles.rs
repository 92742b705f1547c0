//! Relations the lexicon knows: an actor of the generated tables whom a dated article
//! names holds, on the article's date, the roles the tables give ("Reagan" in an article
//! of 1987 `leads` the United States). Undated articles get none: a role is only known
//! for a day.

use super::Found;
use crate::extract::{Context, LocalRelation};
use crate::graph::name_key;
use crate::lexicon::Day;
use crate::model::{EntityKind, MentionForm, Validity};

/// The rule id of relations read from the lexicon rather than the text.
pub const RULE: &str = "lexicon-role";

/// Relations from the roles of the known actors among `found`'s entities, each on the
/// evidence of the actor's first mention by name, attributed to the lexicon and valid
/// for the role's term. The target must be an entity of the article.
pub fn lexicon_roles(cx: &Context<'_>, found: &Found) -> Vec<LocalRelation> {
    let Some(day) = cx.doc.meta.date.as_deref().and_then(Day::parse_iso) else {
        return Vec::new();
    };
    let lex = &cx.res.lexicon;
    let mut out: Vec<LocalRelation> = Vec::new();
    for (e, id) in found.known.iter().enumerate() {
        let Some(id) = *id else { continue };
        if found.entities[e].kind != EntityKind::Person {
            continue;
        }
        let Some(first) = found
            .mentions
            .iter()
            .find(|m| m.entity == Some(e) && m.form == MentionForm::Name)
        else {
            continue;
        };
        for role in lex.roles_at(id, day) {
            let Some(target) = entity_named(found, &role.target, role.target_kind) else {
                continue;
            };
            if out
                .iter()
                .any(|r| r.source == e && r.target == target && r.relation == role.relation)
            {
                continue;
            }
            let mut evidence = cx.evidence(first.sentence, first.span, RULE);
            evidence.attributed_to = Some("lexicon".to_string());
            // A role the table gives no dates for has no term: none is invented.
            if role.role.from.is_some() || role.role.to.is_some() {
                evidence.valid = Some(Validity {
                    from: role.role.from.map(Day::iso),
                    to: role.role.to.map(Day::iso),
                });
            }
            out.push(LocalRelation {
                source: e,
                relation: role.relation,
                target,
                evidence,
            });
        }
    }
    out
}

/// The entity of the article with this name or alias and kind.
fn entity_named(found: &Found, name: &str, kind: EntityKind) -> Option<usize> {
    let key = name_key(name);
    found.entities.iter().position(|x| {
        x.kind == kind && (name_key(&x.name) == key || x.aliases.keys().any(|a| name_key(a) == key))
    })
}
