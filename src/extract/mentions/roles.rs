//! Relations the lexicon knows: an actor of the generated tables whom a dated article
//! names holds, on the article's date, the roles the tables give ("Reagan" in an article
//! of 1987 `leads` the United States). In an undated article a member's title the text
//! gives the actor ("Home Secretary Charles Clarke") says that a post is held; the tables
//! say in which country, when they know only one.

use super::Found;
use crate::extract::{Context, LocalRelation};
use crate::graph::name_key;
use crate::lexicon::{Day, Lexicon, RoleAt};
use crate::model::{EntityKind, MentionForm, Relation, Validity};

/// The rule id of relations read from the lexicon rather than the text.
pub const RULE: &str = "lexicon-role";

/// Relations from the roles of the known actors among `found`'s entities, each on the
/// evidence of the actor's first mention by name, attributed to the lexicon and valid
/// for the role's term. The target must be an entity of the article.
pub fn lexicon_roles(cx: &Context<'_>, found: &Found) -> Vec<LocalRelation> {
    let day = cx.doc.meta.date.as_deref().and_then(Day::parse_iso);
    let lex = &cx.res.lexicon;
    let mut out: Vec<LocalRelation> = Vec::new();
    for (e, id) in found.known.iter().enumerate() {
        let Some(id) = *id else { continue };
        if found.entities[e].kind != EntityKind::Person {
            continue;
        }
        // Dated, the evidence is the name; undated, the title.
        let form = if day.is_some() {
            MentionForm::Name
        } else {
            MentionForm::Title
        };
        let Some(first) = found
            .mentions
            .iter()
            .find(|m| m.entity == Some(e) && m.form == form)
        else {
            continue;
        };
        let roles = match day {
            Some(day) => lex.roles_at(id, day),
            None => member_country(lex, &found.entities[e].roles, id),
        };
        for role in roles {
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
            // A role the table gives no dates for has no term: none is invented; nor is
            // one of several terms an undated title may stand for.
            if day.is_some() && (role.role.from.is_some() || role.role.to.is_some()) {
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

/// The country actor `id` is a member of by a member's title of `titles` ("home
/// secretary", not "prime minister"), when every role the tables give the actor is in
/// that one country.
fn member_country<'l>(lex: &'l Lexicon, titles: &[String], id: u32) -> Vec<RoleAt<'l>> {
    let member = titles.iter().any(|r| {
        lex.titles
            .iter()
            .any(|t| t.role == *r && t.implies == Relation::MemberOf && !t.leader)
    });
    if !member {
        return Vec::new();
    }
    let roles = lex.roles_ever(id);
    let one_country = roles
        .iter()
        .all(|r| r.target_kind == EntityKind::Country && r.target == roles[0].target);
    if !one_country {
        return Vec::new();
    }
    roles
        .into_iter()
        .take(1)
        .map(|r| RoleAt {
            relation: Relation::MemberOf,
            ..r
        })
        .collect()
}

/// The entity of the article with this name or alias and kind.
fn entity_named(found: &Found, name: &str, kind: EntityKind) -> Option<usize> {
    let key = name_key(name);
    found.entities.iter().position(|x| {
        x.kind == kind && (name_key(&x.name) == key || x.aliases.keys().any(|a| name_key(a) == key))
    })
}
