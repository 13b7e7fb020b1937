package io.spendvault.adapters.rest.common

import io.micronaut.http.HttpStatus
import io.spendvault.domain.common.AccessDeniedException
import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.DomainException
import io.spendvault.domain.common.InvalidRequestException
import io.spendvault.domain.common.PayloadTooLargeException
import io.spendvault.domain.common.QuotaExceededException
import io.spendvault.domain.common.ResourceNotFoundException
import io.spendvault.domain.common.RuleViolationException
import io.spendvault.domain.common.UnauthenticatedException
import io.spendvault.domain.storage.BlobTooLargeException
import spock.lang.Specification

class DomainExceptionHandlerSpec extends Specification {

    def "#exception.class.simpleName maps to #status"() {
        expect:
        DomainExceptionHandler.statusOf(exception) == status

        where:
        exception                                           | status
        new ResourceNotFoundException('x')                  | HttpStatus.NOT_FOUND
        new ConflictException('x')                          | HttpStatus.CONFLICT
        new RuleViolationException('x')                     | HttpStatus.UNPROCESSABLE_ENTITY
        new QuotaExceededException('x')                     | HttpStatus.INSUFFICIENT_STORAGE
        new AccessDeniedException('x')                      | HttpStatus.FORBIDDEN
        new BlobTooLargeException(10)                       | HttpStatus.REQUEST_ENTITY_TOO_LARGE
        new PayloadTooLargeException('x', 1)                | HttpStatus.REQUEST_ENTITY_TOO_LARGE
        new UnauthenticatedException('X', 'x')              | HttpStatus.UNAUTHORIZED
        new InvalidRequestException('X', 'x')               | HttpStatus.BAD_REQUEST
        new io.spendvault.domain.common.UnsupportedContentException('x') | HttpStatus.UNSUPPORTED_MEDIA_TYPE
    }

    def "a kind of domain exception without a status is a programming error, not a silent 500"() {
        when:
        DomainExceptionHandler.statusOf(new DomainException('NEW_KIND', 'nobody mapped me') {})

        then:
        def failure = thrown(IllegalStateException)
        failure.message.startsWith('No HTTP status mapped')
    }
}
