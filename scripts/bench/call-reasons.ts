/**
 * Why a route makes more DynamoDB calls than the target (one per read, one write per write), for the known
 * ones, read from the route code. The bench prints these beside the counts; a route over target with no entry
 * here is new (or changed) and needs a look. Parallel calls cost capacity, not latency.
 */
export const CALL_REASONS: Record<string, string> = {
  'tickets.mine':
    'one page (20) of own reports and follows together: one Query of the person’s partition (GSI2), + a BatchGet of the followed ' +
    'tickets on the page when there are any (a follow is a pointer: a copy per follower would make every change of a ticket ' +
    'rewrite each follower’s); settings and membership are the warm instance’s copies',
  'tickets.queue':
    'the open tickets (one GSI1 Query; settings are the warm instance’s copy). Whole, not paged: its order (overdue, then priority, ' +
    'then the nearest deadline) moves with the clock, running pauses and the compound’s SLA table, so no sort key gives it; each ' +
    'row carries only what the list shows, and the phone lists 20 at a time from the answer',
  'tickets.console': 'the open tickets (one GSI1 Query) + compound settings (Get) for the SLA clock, in parallel',
  'tickets.board': 'open tickets and those closed in the last 30 days: two GSI1 partitions, two Queries in parallel',
  'tickets.get': 'ticket and its timeline (one Query on the ticket partition) + compound settings (Get)',
  'tickets.stats': 'settings + the month’s ticket pointers (Query) + BatchGet of those tickets',
  'subscriptions.get': 'the user’s subscription quotas: two Queries',
  'member.list': 'members (GSI1 Query), then their names in one BatchGet of the profiles',
  'binding.list': 'bindings (Query) + the roll for unit labels (Query)',
  'compound.buildings': 'buildings (Query `B#`), units (Query `U#`) and grids (Query), in parallel: never the owners',
  'meeting.get':
    'the access check’s membership (consistent Get) + the meeting header with its motions (one Query: they share the meeting’s partition)',
  'compound.get':
    'on a cold instance: the access check’s membership (consistent Get) + the compound (Get); a warm one keeps both (5 s)',
  'compound.units':
    'on a cold instance: the access check’s membership (consistent Get) + the units alone (Query `U#`); a warm one keeps both (5 s, ' +
    'the units forgotten when this instance writes the roll)',
  'roll.get': 'the access check’s membership (consistent Get) + one page of the roll (Query)',
  'tickets.create':
    'reads, in one round (the access check’s membership is the warm instance’s copy, held by a ConditionCheck in the ' +
    'transaction; read afresh on a cold one): the unit (GetItem; from this instance’s copy only when the unit picker’s ' +
    'read was served here: the local server, not the deployed stack, where the picker is the identity function’s), the ' +
    'grids (the warm instance’s 5 s copy) and the photos’ upload records; the grid’s workers who are told are found by the outbox ' +
    'job when it delivers the notice, not by the report. ' +
    'Writes: one transaction, the ticket with its number (the day’s counter on the value this instance last read or ' +
    'wrote, its pointer, the ticket, event, month pointer, outbox, queue entry and the membership’s ConditionCheck; the ' +
    'counter read afresh, GetItem, only on a cold instance or when another moved it). The number is taken with the ' +
    'ticket or not at all, so a day’s numbers have no gap; reports arriving together in one instance share one ' +
    'transaction (ticket-births.ts)',
  'tickets.act':
    'reads: the ticket with its followers (one consistent Query of ' +
    'the ticket’s partition, `FOL#` to `META`), none where this instance holds them (it last read them, on the ticket’s page or a ' +
    'step, or wrote the last step; a copy behind the table is refused by the transaction and the step planned ' +
    'again on the Query); settings are the warm instance’s copy. Writes: one transaction (the ticket’s ' +
    'update, conditional on its version and its followers’ revision as planned on, its event, the worker’s open ' +
    'count, the outbox, the grid’s queue entry, and a ConditionCheck of the worker’s membership, ' +
    'the warm copy the access check let them in on; read afresh on a cold instance); the limiter’s counters only when a ' +
    'lease runs out',
  'ballot.cast':
    'writes: one transaction (the ballot versions, conditional on the voter’s last version, a ConditionCheck of the next ' +
    'version of each motion the paper leaves out, and a ConditionCheck of the voter’s membership, the warm copy the access ' +
    'check let them in on). Reads: the meeting, which on a warm instance comes with the voter’s frozen-roll entry under ' +
    'the roll hash it last saw the meeting with (one BatchGet of the two; the entry used only if the meeting read now ' +
    'names the same hash; otherwise, and on a cold instance, the meeting alone, then the entry); the voter’s ballots so ' +
    'far are the copy this instance holds from their last ballot or vote page served here (the transaction refuses it if ' +
    'another instance took a version since, and then they are read afresh), else one Query alongside the meeting (an ' +
    'owner votes as their ownerId)',
  'ledger.publicIncome.record':
    'writes: one transaction (the chain entry, the head, idempotency, month totals, street figures and a ConditionCheck ' +
    'of the poster’s membership, the warm copy the access check let them in on, once a person for a group of postings; ' +
    'read afresh on a cold instance); the limiter’s counters only when a lease runs out',
  'objection.list': 'meeting record (Get) + objections (Query)',
  'proxy.list': 'meeting record (Get) + proxies (Query)',
  'ballot.mine':
    'one round: the meeting (Get; on a warm instance one BatchGet with the voter’s frozen-roll entry under the roll hash it last saw, read after the meeting otherwise), the voter’s ballots (Query), their delivery (Get) and the principals whose letters name them (Get). Then, per principal, in one round: their ballots (Query), letter (Get) and frozen entry (Get), with the names (one BatchGet); unit labels from the warm instance’s copy of the units',
  'meeting.turnout':
    'meeting (Get) + the live meter’s cached count (Get); only a stale cache re-reads the 10 ballot shards',
  'delivery.list':
    'meeting (Get), deliveries (Query) and the roll (Query) in parallel, then the frozen roll’s subjects (Query)',
  'meeting.subjects': 'meeting (Get), the roll for names and labels (Query), then the frozen roll’s subjects (Query)',
  'meeting.receipt':
    'meeting (Get) + the receipt’s index item (Get) + the entry with its two neighbours (one Query) to check its links',
  'proxy.holders':
    'meeting (Get), then members (GSI1 Query) and the roll for unit labels (Query) in parallel, then the members’ names (BatchGet)',
  'ledger.lines':
    'one page of the month’s entries with their marks (bank confirmation, reversal; LG26), one GSI1 Query (`Limit` a phone screen); ' +
    'building names for maintenance-fund legs are the warm instance’s copy (a Query `B#` on a cold one)',
  'ledger.entry': 'the entry (Get) + its mark (Get), in parallel; building names as ledger.lines',
  'ledger.chain': 'a page of the chain (Query) + the head with its balances (Get)',
  'ledger.proof': 'the run from the entry to the checkpoint (Query) + the checkpoint (Query)',
  'ledger.export': 'entries of each month asked (GSI1 Query per month) + the buildings (Query `B#`)',
  'ledger.summary':
    'seven sources in parallel: head (balances), month entries, checkpoint, roll (fund names), bank confirmations, unmatched lines, period bills. ' +
    'Not cut to one: the unreconciled count needs each bank entry against its statement match (written by the bank import, not the chain ' +
    'appender) and the collection rate needs each bill’s paidFen capped at its amount; folding those into totals kept by other writers is ' +
    'a redesign of reconciliation and payments, not a read change. Budget and public income now read month totals (one BatchGet).',
  'ledger.accounts': 'head (Get) + roll (Query) + settings (Get), to build the chart of accounts',
  'ledger.expenses.list': 'expenses (Query) + settings (Get), and evidence per expense',
  'ledger.bills.mine':
    'membership, settings, roll; then per owned unit its bills (GSI1 by unit id) and its payments (GSI2 by ledger reference). Not cut: ' +
    'bills and entries each use both GSIs already, so one Query per unit means re-keying every stored bill or entry; the unit list ' +
    'comes from the membership, so the per-unit reads cannot join the first round',
  'reports.evaluation.current': 'the caller’s own rating (Get) + the quarter’s scores (Query), in parallel',
  'reports.pdf': 'the month’s latest published report (Query) + the compound for its name (Get), in parallel',
  'inbox.list':
    'a page of the inbox (Query) + the unread count (GSI1 Query of the unread messages, one attribute each), in parallel',
  'reports.disclosure.board': 'compound settings (Get) + the disclosure sections (Query), in parallel',
  'compound.settings.history':
    'the last 50 changes, newest first (one Query of the settings log), then their authors’ names (one BatchGet of ' +
    'the users): the names need the changes’ actor ids',
  'tickets.messages.list':
    'the ticket (consistent Get) to tell the caller’s side (requester or handler; anyone else is refused) and a page ' +
    'of 50 messages (one consistent Query of the ticket’s message partition), in parallel: the page is used only ' +
    'once the ticket admits the caller',
  'tickets.contact':
    'the ticket (consistent Get) to tell the caller’s side, then, for the requester, the name and work phone of whoever ' +
    'holds it (BatchGet of that one user; none while nobody does). A handler instead reads the requester’s and their own ' +
    'names (one BatchGet), the roll’s phone only when the requester has none, and writes the reveal’s log line',
  'ledger.fund.mine':
    'three in parallel: the roll (Query) for unit labels, areas and building names, the chain head (Get) for each ' +
    'building’s fund balance, and the posted expenses (GSI1 Query) for the payouts charged to the caller’s units (from ' +
    'the membership the access check read)',
  'ledger.projects.motions':
    'the meetings with their results (GSI1 Query, up to 100) + the projects (Query `P#`), to mark the motions already ' +
    'backing one, in parallel',
  'inbox.personal':
    'as inbox.list, for the personal box: a page of it (Query) + the unread count (Query of the sparse unread GSI1 ' +
    'partition), in parallel',
  'bulletins.current':
    'the notices still showing (GSI1 Query, ending after now), kept to those that reach the caller’s units (from the ' +
    'membership the access check read); then the caller’s read receipts of those (BatchGet; none when none reaches them)',
  'governance.meetings.get':
    'the joint meeting (consistent Get) + the Party branch’s kept versions (consistent Query of the party partition) to ' +
    'tell which parties the caller speaks for (draft minutes are theirs alone), in parallel',
  'governance.parties.get':
    'in parallel: the branch’s and the company’s kept versions (consistent Query of the party partition), the ' +
    'committee’s election and filing records (Query) and the staff (GSI2 staff index Query) for the committee ' +
    'members; the compound for its fee model is the warm instance’s copy. Then the names of the committee and of ' +
    'the records’ members (one BatchGet of the users)',
  'care.mine':
    'the compound’s check-in plans (Query `PLAN#`), then for each elder the caller looks after (the bench’s resident ' +
    'is one elder’s paired neighbour), every elder in one round: the elder’s today (consistent Get), their last 3 days ' +
    'for an alarm still open (Query) and the elder’s and neighbour’s phones (BatchGet), in parallel',
  'neighbours.teams.list':
    'the teams, their members and the latest 100 activities: three partitions, three Queries in parallel',
  'neighbours.contributions.mine':
    'the caller’s service records (consistent Query of their own partition) + every ask of the compound (Query), to ' +
    'count those they served still awaiting hours, in parallel',
  'oversight.compound':
    'four in parallel: the compound’s facts and its counters of the last four quarters (one BatchGet of the five ' +
    'rows), its grades (Query), the street’s grading criteria (consistent Query, every version for the latest) and ' +
    'its improvement projects (consistent Query); the compound’s street is the warm instance’s copy (5 min)',
  'oversight.tickets':
    'the newest 50 ticket pointers of this month and of the last (two Queries in parallel, newest first, `Limit` 50), ' +
    'then the newest 50 of those tickets (one BatchGet): no other ticket of the two months is read',
  'fund.compound.get':
    'four in parallel: the street for its name (Get), the fund chain’s head for the balance (consistent Get), the ' +
    'chain itself for every line (consistent Query, up to 1,000 entries) and the fund’s partition, its pending and ' +
    'available summary with its grants (one consistent Query); the compound’s street is the warm instance’s copy (5 min)',
  'fund.compound.chain':
    'as ledger.chain, on the street fund’s chain: a page of it (Query) + its head with the balances (Get), in parallel; ' +
    'the compound’s street is the warm instance’s copy (5 min)',
  'rectification.company.get':
    'the company linked to the compound (consistent Get), then the companies of its street to choose from (Query `CO#` ' +
    'of the street partition); the compound’s street is the warm instance’s copy (5 min)',
  'rectification.list':
    'three in one round: the notices (Query of the compound’s notice partition), the linked company (consistent Get) ' +
    'and the compound’s facts for the company’s colour (Get), whose key needs the compound’s street: the warm ' +
    'instance’s copy (5 min; read first on a cold one)',
}
