package io.pmo.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method take the caller's {@link RequestIdentity} as a parameter. The security chain has
 * refused every API request without a valid token before it gets here, so a missing identity is a bug.
 */
class RequestIdentityArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return RequestIdentity.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        RequestIdentity identity = RequestIdentity.of(webRequest.getNativeRequest(HttpServletRequest.class));
        if (identity == null) {
            throw new IllegalStateException("No validated PMO token on this request: is the path open in the security chain?");
        }
        return identity;
    }
}
