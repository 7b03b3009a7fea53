/**
 * What every feature shares and no feature owns: the error types the problem handler turns into
 * RFC 7807 answers, the version check of optimistic locking, the delete guard's reference counts and
 * the CSV reader. It imports no feature, so any feature may import it.
 */
package com.carerounds.kernel;


