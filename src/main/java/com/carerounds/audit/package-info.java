/**
 * The audit trail: who created, changed or deleted which elder, contract, team (capacity, overrides, leave)
 * or visit outcome, when, and which fields changed from what to what, protected values masked. Features
 * call {@link com.carerounds.audit.AuditTrail} in the transaction of their change, so a change that fails
 * leaves no entry. Imports only the kernel and the account (who is signed in), no feature.
 */
package com.carerounds.audit;
