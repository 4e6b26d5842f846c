CREATE TABLE `reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`decision_id` integer NOT NULL,
	`due_at` integer NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`claimed_by` text,
	`claimed_at` integer,
	`last_error` text,
	`sent_ts` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminders_decision_id_unique` ON `reminders` (`decision_id`);--> statement-breakpoint
CREATE INDEX `reminders_state_next` ON `reminders` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `reminders_state_due` ON `reminders` (`state`,`due_at`);