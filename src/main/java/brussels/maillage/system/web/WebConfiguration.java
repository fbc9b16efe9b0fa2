package brussels.maillage.system.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages and time: the reader's explicit choice (a cookie set by {@code ?lang=})
 * first, then {@code Accept-Language}, then French; times in Europe/Brussels.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.ENGLISH);

	/**
	 * The supported languages by code, for {@code ?lang=} on every request (no stream nor
	 * new locale per request: issue 17).
	 */
	private static final Map<String, Locale> BY_LANGUAGE = SUPPORTED.stream()
		.collect(Collectors.toUnmodifiableMap(Locale::getLanguage, Function.identity()));

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("maillage-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(WebConfiguration::fromAcceptLanguage);
		return resolver;
	}

	static Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (match != null) {
					return match;
				}
			}
			catch (IllegalArgumentException ex) {
				// A malformed header is treated as absent.
			}
		}
		return Locale.FRENCH;
	}

	/** Lazily: its navigation comes from controllers that need this class's beans. */
	private final ObjectProvider<LayoutInterceptor> layout;

	WebConfiguration(ObjectProvider<LayoutInterceptor> layout) {
		this.layout = layout;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.layout.getObject());
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
					Object handler) throws jakarta.servlet.ServletException {
				String lang;
				try {
					lang = request.getParameter(getParamName());
				}
				catch (IllegalStateException | IllegalArgumentException ex) {
					// Parameters that cannot be decoded: the request is refused
					// elsewhere,
					// and its error page keeps the language it had.
					return true;
				}
				Locale supported = (lang != null) ? BY_LANGUAGE.get(lang) : null;
				if (supported == null) {
					return true;
				}
				if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
					// The API's lang is the language of this answer's texts and problems:
					// it does not change the reader's language of the pages (no cookie).
					request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, supported);
					return true;
				}
				return super.preHandle(request, response, handler);
			}
		};
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

	/**
	 * No JAXB converter: no class of the application is a JAXB element (none is written
	 * nor read as XML), and Spring MVC asked it about the class of every answer written
	 * (about 1 % of an HSDS API search's CPU, issue 17).
	 */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList(
				(converters) -> converters.removeIf(Jaxb2RootElementHttpMessageConverter.class::isInstance));
	}

	/**
	 * Every visible text comes from messages_fr, messages_nl and messages_en; French when
	 * a language is unknown.
	 */
	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename:messages}") String[] basenames) {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		// The main bundle and one per module under i18n/ (spring.messages.basename lists
		// them).
		messages.setBasenames(java.util.Arrays.stream(basenames)
			.map(String::strip)
			.map((name) -> name.startsWith("classpath:") ? name : "classpath:" + name)
			.toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Locale.FRENCH);
		return messages;
	}

	/**
	 * The application's own assets and the webjars, each under its own path. Spring
	 * Boot's default handler serves every path ({@code /**}) from the static folders;
	 * with the resource chain (on because of the webjars locator), every link a page
	 * writes then went through that handler's resolvers, which probed four classpath
	 * folders in every jar for it (a third of the search page's CPU: each result links to
	 * its service). Links to the webjars still carry their version. Every handler keeps
	 * what it resolved (the resource chain's cache): otherwise each page's links to the
	 * style sheet and scripts were looked up on the classpath again (3 % of the search
	 * page's CPU, issue 17).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl cache = CacheControl.maxAge(Duration.ofHours(1));
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(cache)
			.resourceChain(true);
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(cache)
			.resourceChain(true);
		registry.addResourceHandler("/favicon.svg")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(cache)
			.resourceChain(true);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(cache)
			.resourceChain(true);
	}

	/**
	 * Tomcat's own error answers (an address it cannot decode) in the same form as the
	 * application's.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrors(MessageSource messages) {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ContainerErrorValve.class.getName());
				host.getPipeline().addValve(new ContainerErrorValve(messages));
			}
		});
	}

	@Bean
	Clock clock(@Value("${maillage.time-zone:Europe/Brussels}") ZoneId zone) {
		return Clock.system(zone);
	}

}
