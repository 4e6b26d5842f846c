/**
 * User text that Slack would act on if it reached mrkdwn as typed: a channel ping, a user
 * mention, a disguised link, and the three characters mrkdwn gives a meaning to.
 */
export const HOSTILE_TASK = '<!channel> ask <@U0BOB> & <http://evil.example|a doc> > now';

/** The same text as it must reach Slack: every control character written as an entity. */
export const HOSTILE_TASK_ESCAPED =
  '&lt;!channel&gt; ask &lt;@U0BOB&gt; &amp; &lt;http://evil.example|a doc&gt; &gt; now';
