//! Meetings: triggers, participants and their roles, place, time and status.

use super::{Context, LocalEntity, LocalMeeting, Mention};

/// All meetings referred to in the document, one per real meeting.
pub fn find(cx: &Context<'_>, mentions: &[Mention], entities: &[LocalEntity]) -> Vec<LocalMeeting> {
    let _ = (cx, mentions, entities);
    Vec::new()
}
