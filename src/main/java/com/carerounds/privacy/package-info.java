/**
 * Personal data at rest (PIPL): {@link com.carerounds.privacy.FieldCipher} encrypts a value for its column
 * (AES-256-GCM, the key's id stored with each value, so keys can be rotated) and fingerprints it
 * (HMAC-SHA256) for uniqueness and look-up, so that neither the tables, their backups nor the database's own
 * log hold the clear value. Imports nothing of the project.
 */
package com.carerounds.privacy;
