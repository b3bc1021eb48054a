import fs from 'node:fs'
import path from 'node:path'
import { DefaultProjectAttr, Project, getCompiledResult } from 'miniprogram-ci'
import { ROOT } from '../config'

export interface CiCompileRun {
  /** Files in the package WeChat's compiler hands back (what an upload would send). */
  files: number
  errors: string[]
}

/**
 * Compiles the build the way WeChat's devtools and upload do (`miniprogram-ci`), with the project's own
 * project.config.json (so its `es6: false` applies) written beside `outDir` and pointed at it (miniprogram-ci
 * wants the root inside the project folder). Offline: the project attributes a real upload fetches with the key
 * are stubbed with the library's own defaults, so any key string will do. Its forked compiler keeps the process
 * alive afterwards: the caller exits.
 */
export async function runCiCompile(outDir: string): Promise<CiCompileRun> {
  const projectDir = path.dirname(outDir)
  const ours = fs.readFileSync(path.join(ROOT, 'apps/miniapp/project.config.json'), 'utf8')
  const config = JSON.parse(ours) as Record<string, unknown>
  const pointed = { ...config, miniprogramRoot: `${path.basename(outDir)}/` }
  fs.writeFileSync(path.join(projectDir, 'project.config.json'), JSON.stringify(pointed, null, 2))

  const options = {
    type: 'miniProgram' as const,
    projectPath: projectDir,
    appid: String(config.appid),
    privateKey: 'offline check: never uploads',
    attr: async () => DefaultProjectAttr,
  }
  const project = new Project(options)
  const errors: string[] = []
  try {
    const result = await getCompiledResult({
      project,
      version: '0.0.0',
      setting: { useProjectConfig: true },
      onProgressUpdate: (task) => {
        if (typeof task !== 'string' && task.status === 'fail') errors.push(task.message)
      },
    })
    return { files: Object.keys(result).length, errors }
  } catch (err) {
    return { files: 0, errors: [...errors, err instanceof Error ? err.message : String(err)] }
  }
}
