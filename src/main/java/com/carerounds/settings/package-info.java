/** The service's typed configuration; imports no feature, so every feature may read it. */
package com.carerounds.settings;


