package brussels.maillage.system.errors;

import java.util.List;

import tools.jackson.core.StreamReadConstraints;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bad input refused in one place: bodies over their limit, undecodable addresses and
 * bodies, JSON nested too deep, and writes the database refuses, each answered with the
 * error page or a problem document rather than a 500.
 */
@Configuration(proxyBeanMethods = false)
class ErrorsConfiguration implements WebMvcConfigurer {

	static final int MAX_JSON_NESTING = 64;

	/**
	 * Bad input refused before anything else reads the request (after the character
	 * encoding is set, so that form bodies decode as UTF-8).
	 */
	@Bean
	FilterRegistrationBean<RequestGuardFilter> requestGuardFilter(
			@Value("${maillage.web.max-body-size:2MB}") DataSize maxBodySize,
			@Value("${maillage.web.max-upload-size:50MB}") DataSize maxUploadSize) {
		FilterRegistrationBean<RequestGuardFilter> registration = new FilterRegistrationBean<>(
				new RequestGuardFilter(maxBodySize, maxUploadSize));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * JSON nested deeper than any of the API's bodies is refused while it is parsed (a
	 * 400), before it costs memory or stack.
	 */
	@Bean
	JsonFactoryBuilderCustomizer jsonReadLimits() {
		return (builder) -> builder
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_NESTING).build());
	}

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(new BadInputResolver());
	}

}
