package org.oretrace.outreach.testing;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;

import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** An optional bean that is not deployed, e.g. the registry's sanctions screening in outreach's own tests. */
public final class Unresolvable<T> implements Instance<T> {

    @Override
    public Instance<T> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
        return new Unresolvable<>();
    }

    @Override
    public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        return new Unresolvable<>();
    }

    @Override
    public boolean isUnsatisfied() {
        return true;
    }

    @Override
    public boolean isAmbiguous() {
        return false;
    }

    @Override
    public void destroy(T instance) {
    }

    @Override
    public Handle<T> getHandle() {
        throw new NoSuchElementException("not deployed");
    }

    @Override
    public Iterable<? extends Handle<T>> handles() {
        return Collections.emptyList();
    }

    @Override
    public Iterator<T> iterator() {
        return Collections.emptyIterator();
    }

    @Override
    public T get() {
        throw new NoSuchElementException("not deployed");
    }
}
