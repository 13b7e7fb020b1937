package io.spendvault.application.storage

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneId
import java.time.ZoneOffset

/** A clock that specs move by hand. */
class MutableClock extends Clock {

    Instant now = Instant.parse('2026-01-01T12:00:00Z')

    void advance(Duration duration) {
        now = now + duration
    }

    @Override
    ZoneId getZone() { ZoneOffset.UTC }

    @Override
    Clock withZone(ZoneId zone) { this }

    @Override
    Instant instant() { now }
}
