package brussels.maillage.care.providers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import brussels.maillage.care.forms.Choice;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.forms.Refused;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The field providers paid by the organisation: registering and changing one (a NIHII
 * number is registered once), the list and the choices of the forms. Callers are the
 * team's pages, the cases, prestations and statements, and the demo.
 */
@Service
@Transactional(readOnly = true)
public class ProviderService {

	private final ProviderRepository providers;

	private final AuditLog audit;

	private final Clock clock;

	ProviderService(ProviderRepository providers, AuditLog audit, Clock clock) {
		this.providers = providers;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today in Brussels. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Registers a provider and returns its id.
	 * @throws Refused when its NIHII number is already registered
	 */
	@Transactional
	public long register(NewProvider provider) {
		if (this.providers.nihiiTaken(provider.nihii(), null)) {
			throw new Refused("nihii", "care.provider.nihii.taken");
		}
		long id = this.providers.insert(provider);
		this.audit.record("care.provider.registered", "care_provider", id, provider.profession().name());
		return id;
	}

	/**
	 * Changes a provider.
	 * @throws Refused when its NIHII number belongs to another provider
	 */
	@Transactional
	public void change(long id, NewProvider provider) {
		if (this.providers.nihiiTaken(provider.nihii(), id)) {
			throw new Refused("nihii", "care.provider.nihii.taken");
		}
		this.providers.update(id, provider);
		this.audit.record("care.provider.changed", "care_provider", id, null);
	}

	/** One provider. */
	public Optional<Provider> provider(long id) {
		return this.providers.find(id);
	}

	/** Every provider, active ones first, by name. */
	public List<Provider> all() {
		return this.providers.all();
	}

	/** Whether a provider exists and is active. */
	public boolean isActive(long id) {
		return this.providers.find(id).map(Provider::active).orElse(false);
	}

	/** The active providers as choices (name and profession number). */
	public List<Choice> activeChoices() {
		return this.providers.all()
			.stream()
			.filter(Provider::active)
			.map((provider) -> new Choice(String.valueOf(provider.id()),
					provider.name() + " (" + provider.nihii() + ")"))
			.toList();
	}

}
