CREATE TABLE `decision_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`decision_id` integer NOT NULL,
	`actor_id` text NOT NULL,
	`kind` text NOT NULL,
	`details_json` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decision_events_decision` ON `decision_events` (`decision_id`,`at`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`channel_private` integer NOT NULL,
	`requester_id` text NOT NULL,
	`task` text NOT NULL,
	`engine_version` text NOT NULL,
	`recommended_approach` text NOT NULL,
	`adopted_approach` text,
	`status` text DEFAULT 'proposed' NOT NULL,
	`message_channel` text,
	`message_ts` text,
	`source_key` text,
	`supersedes_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`profile_json` text NOT NULL,
	`assessment_json` text NOT NULL,
	FOREIGN KEY (`supersedes_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_source_key_unique` ON `decisions` (`source_key`);--> statement-breakpoint
CREATE INDEX `decisions_channel_created` ON `decisions` (`channel_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `decisions_requester_created` ON `decisions` (`requester_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `decisions_status` ON `decisions` (`status`);--> statement-breakpoint
CREATE INDEX `decisions_supersedes` ON `decisions` (`supersedes_id`);