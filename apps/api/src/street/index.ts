import { consoleRoutes } from './console-routes'
import { fundRoutes } from './fund-routes'
import { oversightRoutes } from './oversight-routes'

/** Route code of the street context: the consoles (S5), grading and improvement projects (S1), the fund (S4). */
export const streetRoutes = [...consoleRoutes, ...oversightRoutes, ...fundRoutes]
