package io.spendvault.bootstrap.testsupport

import io.micronaut.context.annotation.Requires
import io.micronaut.context.event.BeanCreatedEvent
import io.micronaut.context.event.BeanCreatedEventListener
import io.spendvault.application.identity.port.in.CheckSessionUseCase
import jakarta.inject.Singleton

import java.lang.reflect.InvocationHandler
import java.lang.reflect.InvocationTargetException
import java.lang.reflect.Method
import java.lang.reflect.Proxy
import java.util.concurrent.ConcurrentLinkedQueue

/**
 * Records the thread of every session check that may ask the database (so it must never run on an event-loop
 * thread); {@code isKnownCurrent}, which answers from memory without waiting, is not recorded. The use case's bean implements other use cases too: it is wrapped in a proxy of all its
 * interfaces. Only with {@code spendvault.test.record-session-threads}.
 */
class SessionCheckThreads {

    static final Queue<String> THREADS = new ConcurrentLinkedQueue<>()

    @Singleton
    @Requires(property = 'spendvault.test.record-session-threads')
    static class Wrapper implements BeanCreatedEventListener<CheckSessionUseCase> {
        @Override
        CheckSessionUseCase onCreated(BeanCreatedEvent<CheckSessionUseCase> event) {
            def bean = event.bean
            def interfaces = allInterfaces(bean.getClass()) as Class[]
            Proxy.newProxyInstance(bean.getClass().classLoader, interfaces, { proxy, Method method, Object[] args ->
                if (method.declaringClass == CheckSessionUseCase && method.name != 'isKnownCurrent') {
                    THREADS << Thread.currentThread().name
                }
                try {
                    method.invoke(bean, args)
                } catch (InvocationTargetException e) {
                    throw e.cause
                }
            } as InvocationHandler) as CheckSessionUseCase
        }

        private static Set<Class> allInterfaces(Class type) {
            type == null ? [] as Set : (type.interfaces as Set) + allInterfaces(type.superclass)
        }
    }
}
