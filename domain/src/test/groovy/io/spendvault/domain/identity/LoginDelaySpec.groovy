package io.spendvault.domain.identity

import spock.lang.Specification

import java.time.Duration

class LoginDelaySpec extends Specification {

    def "five failures are free, then the wait doubles from one second up to fifteen minutes"() {
        expect:
        LoginDelay.after(failures) == Duration.ofSeconds(seconds)

        where:
        failures | seconds
        0        | 0
        5        | 0
        6        | 1
        7        | 2
        10       | 16
        15       | 512
        16       | 900
        40       | 900
        1000     | 900
    }
}
