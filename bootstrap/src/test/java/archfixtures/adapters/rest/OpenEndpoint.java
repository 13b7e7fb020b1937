package archfixtures.adapters.rest;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Breaks "every route declares its security": one route forgot @Secured. */
@Controller("/fixture")
public class OpenEndpoint {

    @Get("/guarded")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public String guarded() {
        return "ok";
    }

    @Get("/everyone")
    public String everyone() {
        return "oops";
    }
}
