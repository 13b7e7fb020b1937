package archfixtures.domain.model;

import io.micronaut.core.annotation.Introspected;

/** Breaks "domain depends on the JDK only": a framework annotation on a domain type. */
@Introspected
public class AnnotatedMoney {
}
