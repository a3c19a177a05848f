/**
 * Demo mode: started with {@code --demo}, Steward seeds the demo users (password {@code demo}) and a
 * deterministic, realistic book of accounts through the same fact ingestion that integrations use, so a new
 * user sees a living system. {@link org.steward.demo.DemoBookGenerator} builds the book;
 * {@link org.steward.demo.DemoSeeder} stores it.
 */
package org.steward.demo;
