/**
 * The table's key design is declared once, in packages/db. It is reached by a relative path because the
 * `@jiayuan/db` entry point also loads the AWS SDK and repositories, which a synth has no use for. This is
 * the only infra file that points into packages/db, so a move of that module is fixed here.
 */
export { tableSpec } from '../../packages/db/src/table'
