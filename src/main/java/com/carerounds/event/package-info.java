/**
 * The events of a lived month (issue 16, point 5): a team that cannot work on some dates, an elder away
 * or in hospital, a contract that ends or an elder who died, an urgent visit. Each is recorded on the
 * existing fact where there is one (team leave, the elder's unavailable dates, the contract's end), kept
 * in the month's list of events (who, when, what, why), and answered with the visits it affects and a
 * quick re-plan: a draft beside the published revision, for the dispatcher to publish.
 */
package com.carerounds.event;
