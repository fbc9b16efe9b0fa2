package brussels.maillage.system.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the daily backup.
 *
 * @param daily whether it runs; empty means on with the embedded database and off against
 * a PostgreSQL server (whose backups are the server's business)
 * @param cron when it runs (Spring cron, in {@code maillage.time-zone})
 * @param folder where the files go; empty means {@code backups} in the data folder
 * @param keepDays how many days a daily backup is kept
 */
@ConfigurationProperties("maillage.backup")
record BackupProperties(Boolean daily, String cron, String folder, Integer keepDays) {

	BackupProperties {
		if (keepDays != null && keepDays < 1) {
			throw new IllegalArgumentException("maillage.backup.keep-days is at least 1");
		}
	}

	int keptDays() {
		return (this.keepDays != null) ? this.keepDays : 14;
	}

}
