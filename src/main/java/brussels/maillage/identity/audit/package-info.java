/**
 * The audit log: its table and how an entry is written ({@code AuditEntries}, the
 * implementation of {@code identity.AuditLog}), and the administrators' pages that read
 * it.
 */
package brussels.maillage.identity.audit;
