package brussels.maillage.indicators.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import brussels.maillage.indicators.MetricDefinition;
import brussels.maillage.system.LocalizedText;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every metric of every source, in a fixed order, with its name and definition in French,
 * Dutch and English from the message bundles
 * ({@code indicators.metric.<code>.name}/{@code .definition}).
 */
@Component
public class MetricRegistry {

	private final Map<String, Metric> metrics = new LinkedHashMap<>();

	private final Map<String, MetricDefinition> definitions = new LinkedHashMap<>();

	MetricRegistry(List<MetricSource> sources, MessageSource messages) {
		List<MetricSource> ordered = new ArrayList<>(sources);
		// the records' own modules by name, then case management after the palliative
		// platform
		ordered.sort(java.util.Comparator.comparing((MetricSource source) -> source instanceof CareMetrics)
			.thenComparing((source) -> source.getClass().getSimpleName()));
		for (MetricSource source : ordered) {
			for (Metric metric : source.metrics()) {
				if (this.metrics.putIfAbsent(metric.code(), metric) != null) {
					throw new IllegalStateException("Two metrics named " + metric.code());
				}
				this.definitions.put(metric.code(),
						new MetricDefinition(metric.code(), text(messages, metric.code(), "name"),
								text(messages, metric.code(), "definition"), metric.unit(), metric.aggregation(),
								List.copyOf(metric.breakdowns().keySet()).stream().sorted().toList(),
								metric.territories(), metric.source()));
			}
		}
	}

	/** Every metric's definition. */
	public List<MetricDefinition> definitions() {
		return List.copyOf(this.definitions.values());
	}

	/** The definition of {@code code}. */
	public Optional<MetricDefinition> definition(String code) {
		return Optional.ofNullable((code != null) ? this.definitions.get(code) : null);
	}

	/** The metric of {@code code}. */
	public Optional<Metric> metric(String code) {
		return Optional.ofNullable((code != null) ? this.metrics.get(code) : null);
	}

	/** Codes of every metric. */
	public List<String> codes() {
		return Collections.unmodifiableList(new ArrayList<>(this.metrics.keySet()));
	}

	private static LocalizedText text(MessageSource messages, String code, String part) {
		String key = "indicators.metric." + code + "." + part;
		return LocalizedText.of(messages.getMessage(key, null, Locale.FRENCH),
				messages.getMessage(key, null, Locale.forLanguageTag("nl")),
				messages.getMessage(key, null, Locale.ENGLISH));
	}

}
