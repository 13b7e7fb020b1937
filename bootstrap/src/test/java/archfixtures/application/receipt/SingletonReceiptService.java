package archfixtures.application.receipt;

import jakarta.inject.Singleton;

/** Breaks "application depends on domain only": a use-case service wearing a framework annotation. */
@Singleton
public class SingletonReceiptService {
}
