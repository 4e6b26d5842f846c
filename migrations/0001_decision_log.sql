CREATE TABLE `home_viewers` (
	`user_id` text PRIMARY KEY NOT NULL,
	`opened_at` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `decisions_status`;--> statement-breakpoint
ALTER TABLE `decisions` ADD `current_approach` text GENERATED ALWAYS AS (coalesce(adopted_approach, recommended_approach)) VIRTUAL;--> statement-breakpoint
ALTER TABLE `decisions` ADD `permalink` text;--> statement-breakpoint
CREATE INDEX `decisions_status_created` ON `decisions` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `decisions_public_created` ON `decisions` (`channel_private`,`created_at`);--> statement-breakpoint
CREATE INDEX `decisions_approach_created` ON `decisions` (`current_approach`,`created_at`);