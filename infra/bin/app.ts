import { App, Validations } from 'aws-cdk-lib'
import { AwsSolutionsChecks } from 'cdk-nag'
import { loadConfig } from '../lib/config'
import { addJiayuanStacks } from '../lib/jiayuan-app'

const app = new App()
addJiayuanStacks(app, loadConfig(app))
// Synth fails on any finding that is neither fixed nor acknowledged with a reason next to its resource.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app))
