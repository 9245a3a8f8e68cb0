package io.revitalization.support.http;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a read whose answer has no version of its own (a list, a figure computed from many rows): its ETag is made
 * from the answer's content, and an {@code If-None-Match} naming it is answered 304 without the body
 * ({@link ContentETagFilter}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ContentETag {
}
