package archfixtures.adapters.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Breaks "no field injection". */
@Singleton
public class FieldInjected {
    @Inject
    protected Runnable dependency;
}
