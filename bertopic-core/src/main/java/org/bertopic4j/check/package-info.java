/**
 * Argument checks shared by the builders of every module ({@link org.bertopic4j.check.Arguments}), so
 * that a rule such as "at least 1" is worded and enforced the same way everywhere.
 */
package org.bertopic4j.check;
