package brussels.maillage.care.tariffs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import brussels.maillage.identity.AuditLog;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tariffs of the service types, each valid over a period (from a day, to a day or
 * until further notice), kept by the care-coordination and finance teams: the tariff of a
 * prestation is the one valid on its day. Two tariffs of a type never overlap. Every
 * change is in the audit log ({@code care.tariff.*}).
 */
@Service
@Transactional(readOnly = true)
public class TariffService {

	private final TariffRepository tariffs;

	private final AuditLog audit;

	TariffService(TariffRepository tariffs, AuditLog audit) {
		this.tariffs = tariffs;
		this.audit = audit;
	}

	/**
	 * The amount of a unit of {@code type} valid on {@code day}, if a tariff covers it.
	 */
	public Optional<BigDecimal> amountOn(ServiceType type, LocalDate day) {
		return this.tariffs.amountOn(type, day);
	}

	/** Every tariff, by service type and period. */
	public List<Tariff> all() {
		return this.tariffs.all();
	}

	/** One tariff. */
	public Optional<Tariff> find(long id) {
		return this.tariffs.find(id);
	}

	/**
	 * Adds a tariff of {@code type} from {@code from} to {@code to} ({@code null}: until
	 * further notice).
	 * @throws TariffOverlaps when another tariff of the type is valid on one of its days
	 */
	@Transactional
	public long add(ServiceType type, LocalDate from, LocalDate to, BigDecimal amount) {
		refuseOverlap(type, from, to, null);
		long id = write(() -> this.tariffs.insert(type, from, to, amount));
		this.audit.record("care.tariff.added", "care_tariff", id,
				(to != null) ? AuditLog.details("tariff", type, from, to, amount.toPlainString())
						: AuditLog.details("tariff-open", type, from, amount.toPlainString()));
		return id;
	}

	/**
	 * Changes the period or the amount of a tariff; the prestations recorded keep the
	 * tariff they were recorded at.
	 * @throws TariffOverlaps when another tariff of the type is valid on one of its days
	 */
	@Transactional
	public void change(long id, LocalDate from, LocalDate to, BigDecimal amount) {
		Tariff tariff = this.tariffs.find(id).orElseThrow();
		refuseOverlap(tariff.serviceType(), from, to, id);
		write(() -> {
			this.tariffs.update(id, from, to, amount);
			return id;
		});
		this.audit.record("care.tariff.changed", "care_tariff", id,
				(to != null) ? AuditLog.details("tariff", tariff.serviceType(), from, to, amount.toPlainString())
						: AuditLog.details("tariff-open", tariff.serviceType(), from, amount.toPlainString()));
	}

	private void refuseOverlap(ServiceType type, LocalDate from, LocalDate to, Long except) {
		this.tariffs.of(type)
			.stream()
			.filter((other) -> except == null || other.id() != except)
			.filter((other) -> other.overlaps(from, to))
			.findFirst()
			.ifPresent((other) -> {
				throw new TariffOverlaps(other);
			});
	}

	private static long write(java.util.function.LongSupplier writer) {
		try {
			return writer.getAsLong();
		}
		catch (DataIntegrityViolationException ex) {
			// written at the same moment by someone else: the exclusion constraint
			// refused
			// it
			throw new TariffOverlaps(null);
		}
	}

}
