//! Stage 5, check: measures of the site that a build does not need but writers do.

pub mod privacy;
pub mod readability;
